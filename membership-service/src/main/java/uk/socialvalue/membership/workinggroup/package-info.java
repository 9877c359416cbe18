/**
 * Regional and sector working groups, their meetings, and the invitations to them that members answer from
 * a link in an email.
 */
package uk.socialvalue.membership.workinggroup;
