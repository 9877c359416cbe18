package uk.socialvalue.membership.engagement;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One organisation's engagement as stored: who it is and its membership, once membership events have told,
 * and its figures by UK month for the months the read model keeps.
 *
 * @param identity    {@code null} until a membership or contact event names the organisation
 * @param membership  {@code null} until a membership event about it arrives
 * @param holdings    the accreditation levels people hold through it, expired ones until they are forgotten
 */
public record OrganisationRecord(String id, Identity identity, Membership membership,
        SortedMap<YearMonth, Figures> months, List<Holding> holdings) {

    public OrganisationRecord {
        months = Collections.unmodifiableSortedMap(new TreeMap<>(months));
        holdings = List.copyOf(holdings);
    }

    public OrganisationRecord(String id, Identity identity, Membership membership,
            SortedMap<YearMonth, Figures> months) {
        this(id, identity, membership, months, List.of());
    }
}
