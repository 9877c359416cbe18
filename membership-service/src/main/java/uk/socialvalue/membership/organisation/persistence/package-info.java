/** MongoDB adapter for organisations, with their outbox. */
package uk.socialvalue.membership.organisation.persistence;
