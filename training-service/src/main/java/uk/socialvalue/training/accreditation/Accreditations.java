package uk.socialvalue.training.accreditation;

import java.time.LocalDate;
import java.util.List;

import uk.socialvalue.support.domain.Aggregates;

/** The levels people hold, one document each, keyed by track, level and email. */
public interface Accreditations extends Aggregates<Accreditation> {

    /** A person's levels, by track and level. */
    List<Accreditation> ofPerson(String email);

    /** Stores a level completed for the first time, with its event, unless the person holds it already. */
    boolean addIfNew(Accreditation accreditation);

    /** Levels not reminded yet that expire between the two days, both included, a page of them. */
    List<Accreditation> unremindedExpiringBetween(LocalDate from, LocalDate to, int limit);
}
