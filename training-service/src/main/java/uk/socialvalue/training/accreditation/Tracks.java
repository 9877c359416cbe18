package uk.socialvalue.training.accreditation;

import java.util.List;

import uk.socialvalue.support.domain.Aggregates;

/** The accreditation tracks: a handful, read whole. */
public interface Tracks extends Aggregates<Track> {

    /** Every track, by name. */
    List<Track> all();
}
