package uk.socialvalue.notification.unsubscribe;

import java.time.Instant;

/** The opt-outs people recorded through their unsubscribe links. */
public interface OptOuts {

    /** Records the opt-out; recording it again changes nothing. */
    void record(OptOut optOut, Instant at);

    boolean contains(OptOut optOut);
}
