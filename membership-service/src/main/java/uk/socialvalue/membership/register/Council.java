package uk.socialvalue.membership.register;

/**
 * A principal council in the UK council register.
 *
 * @param gssCode  the ONS GSS code, e.g. {@code E08000006}
 * @param name     the council's common name, e.g. "Salford"
 * @param type     the kind of authority, e.g. "Metropolitan district"
 * @param region   the English region, or the nation for Wales, Scotland and Northern Ireland
 */
public record Council(String gssCode, String name, String type, String region) {
}
