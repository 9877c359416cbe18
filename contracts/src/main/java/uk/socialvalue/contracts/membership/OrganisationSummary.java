package uk.socialvalue.contracts.membership;

/**
 * What consumers need to know of an organisation to act on its membership events without calling back.
 *
 * @param name     the organisation's name, e.g. "Salford"
 * @param type     the kind of organisation
 * @param gssCode  the ONS GSS code for a local authority, else {@code null}
 * @param region   the UK region or nation, as used by the council register, e.g. "North West" or "Wales"
 */
public record OrganisationSummary(String name, OrganisationType type, String gssCode, String region) {
}
