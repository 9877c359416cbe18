package uk.socialvalue.membership.organisation;

import java.time.Instant;

import uk.socialvalue.contracts.membership.ContactSummary;

/**
 * A person at a member organisation whom SVUK deals with.
 *
 * @param personId  the id of the person's account
 * @param name      their name
 * @param email     their email address, lower-cased; it belongs to one contact only
 * @param jobTitle  what they do, e.g. "Procurement lead"
 * @param role      whether they are the primary contact
 * @param addedAt   when they became a contact
 * @param workingGroupInvitations  whether they want working-group invitations; their own choice
 */
public record Contact(String personId, String name, String email, String jobTitle, ContactRole role, Instant addedAt,
        boolean workingGroupInvitations) {

    ContactSummary summary() {
        return new ContactSummary(personId, name, email);
    }
}
