package uk.socialvalue.support.test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import uk.socialvalue.contracts.membership.ContactSummary;
import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.contracts.membership.OrganisationType;

/**
 * Councils of the UK council register for tests. A council can hold one open membership at a time, so tests
 * that share a running service take a council of their own with {@link #next()}.
 */
public final class Councils {

    /** A council as membership events describe it. */
    public static final OrganisationSummary SALFORD = new OrganisationSummary("Salford",
            OrganisationType.LOCAL_AUTHORITY, "E08000006", "North West");

    /** Its primary contact in those events. */
    public static final ContactSummary ADA = new ContactSummary("person-ada", "Ada Lovelace", "ada@salford.example");

    /** Councils of the register, North West first, handed out one at a time. */
    private static final List<OrganisationSummary> REGISTER = List.of(
            council("Bolton", "E08000001", "North West"), council("Bury", "E08000002", "North West"),
            council("Oldham", "E08000004", "North West"), council("Rochdale", "E08000005", "North West"),
            council("Stockport", "E08000007", "North West"), council("Tameside", "E08000008", "North West"),
            council("Trafford", "E08000009", "North West"), council("Wigan", "E08000010", "North West"),
            council("Knowsley", "E08000011", "North West"), council("Liverpool", "E08000012", "North West"),
            council("St. Helens", "E08000013", "North West"), council("Sefton", "E08000014", "North West"),
            council("Wirral", "E08000015", "North West"), council("Barnsley", "E08000038", "Yorkshire and The Humber"),
            council("Doncaster", "E08000017", "Yorkshire and The Humber"),
            council("Rotherham", "E08000018", "Yorkshire and The Humber"),
            council("Bradford", "E08000032", "Yorkshire and The Humber"),
            council("Calderdale", "E08000033", "Yorkshire and The Humber"),
            council("Kirklees", "E08000034", "Yorkshire and The Humber"),
            council("Wakefield", "E08000036", "Yorkshire and The Humber"));
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Councils() {
    }

    /** A council no other caller in this JVM has been given (until the list runs out, then it fails). */
    public static OrganisationSummary next() {
        int index = NEXT.getAndIncrement();
        if (index >= REGISTER.size()) {
            throw new IllegalStateException("Every test council is taken: add more to Councils.REGISTER");
        }
        return REGISTER.get(index);
    }

    private static OrganisationSummary council(String name, String gssCode, String region) {
        return new OrganisationSummary(name, OrganisationType.LOCAL_AUTHORITY, gssCode, region);
    }
}
