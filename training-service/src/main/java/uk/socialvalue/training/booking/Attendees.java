package uk.socialvalue.training.booking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.support.domain.InvalidField;

/** The attendees of a booking, as the rules compare them: named, and one place per email whatever its case. */
final class Attendees {

    private Attendees() {
    }

    /**
     * The attendees with their names stripped and emails in lower case.
     *
     * @throws InvalidField naming the first attendee that has no name or email, or repeats another's email
     */
    static List<Attendee> normalised(List<Attendee> attendees) {
        if (attendees == null || attendees.isEmpty()) {
            throw new InvalidField("attendees", "must name at least one attendee");
        }
        List<Attendee> normalised = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < attendees.size(); i++) {
            Attendee attendee = attendees.get(i);
            if (attendee == null || attendee.name() == null || attendee.name().isBlank()) {
                throw new InvalidField("attendees[" + i + "].name", "is required");
            }
            if (attendee.email() == null || attendee.email().isBlank()) {
                throw new InvalidField("attendees[" + i + "].email", "is required");
            }
            String email = email(attendee.email());
            if (!emails.add(email)) {
                throw new InvalidField("attendees[" + i + "].email", "names the same attendee twice");
            }
            normalised.add(new Attendee(attendee.name().strip(), email));
        }
        return normalised;
    }

    /** Email addresses compare without case: one person, one place, however they typed it. */
    static String email(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
