package uk.socialvalue.membership.engagement;

/**
 * How a fact's contribution changed with one event: the organisation's figures lose {@code before} (none for
 * a new fact) and gain {@code after}.
 *
 * @param source  the record whose event made the change; an organisation counts each source once
 */
public record FactChange(String organisationId, Contribution before, Contribution after, Source source) {
}
