package uk.socialvalue.membership.organisation;

import java.time.Instant;

/**
 * Someone who was a contact of the organisation, kept so its history still says who did what.
 *
 * @param contact    the contact as they were
 * @param removedAt  when they stopped being a contact
 */
public record FormerContact(Contact contact, Instant removedAt) {
}
