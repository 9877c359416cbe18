package uk.socialvalue.training.certificate;

import java.util.List;
import java.util.Optional;

/** The certificates issued, by verification code, by attendee of a booking, and by person. */
public interface Certificates {

    /** Stores the certificate, or replaces the one with its code (recording attendance again repairs it). */
    void issue(Certificate certificate);

    /** Withdraws the certificate with this code (the attendee was recorded absent after all); nothing if none. */
    void revoke(String code);

    Optional<Certificate> byCode(String code);

    /** The certificate of one attendee of a booking. */
    Optional<Certificate> of(String bookingId, String email);

    /** Removes every certificate of the person with this email: they asked to be erased. */
    void eraseOf(String email);

    /** Every certificate of the person with this email, oldest session first. */
    List<Certificate> ofPerson(String email);
}
