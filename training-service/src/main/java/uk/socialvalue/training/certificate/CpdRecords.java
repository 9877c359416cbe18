package uk.socialvalue.training.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import uk.socialvalue.contracts.UkTime;

/** People's CPD records, from the certificates they were issued. */
public class CpdRecords {

    private final Certificates certificates;
    private final Clock clock;

    public CpdRecords(Certificates certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * The CPD record of the person with this email: all of it, or, for a contact of an organisation, what they
     * attended on that organisation's bookings.
     *
     * @param organisationId  the only organisation whose bookings count, or {@code null} for every one (SVUK staff)
     */
    public CpdRecord of(String email, String organisationId) {
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        List<Certificate> found = certificates.ofPerson(normalised).stream()
                .filter(c -> organisationId == null || organisationId.equals(c.organisationId())).toList();
        return CpdRecord.of(normalised, found, LocalDate.now(clock.withZone(UkTime.ZONE)));
    }
}
