package uk.socialvalue.notification.unsubscribe;

import java.time.Instant;
import java.util.List;

import uk.socialvalue.notification.email.Category;

/** The opt-outs people recorded through their unsubscribe links. */
public interface OptOuts {

    /** Records the opt-out; recording it again changes nothing. */
    void record(OptOut optOut, Instant at);

    boolean contains(OptOut optOut);

    /** The categories the address opted out of. */
    List<Category> of(String address);

    /** Forgets every opt-out of the address (its owner was erased and will receive nothing any more). */
    long removeAll(String address);
}
