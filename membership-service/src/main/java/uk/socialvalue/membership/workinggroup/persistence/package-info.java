/** MongoDB adapter for working groups, and for meetings with their invitations and outbox. */
package uk.socialvalue.membership.workinggroup.persistence;
