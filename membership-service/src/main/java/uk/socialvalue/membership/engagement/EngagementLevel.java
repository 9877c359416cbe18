package uk.socialvalue.membership.engagement;

/**
 * How far a council engages with SVUK, from three signals over the last 12 UK months (the current month and
 * the eleven before it):
 * <ul>
 *   <li><b>member</b>: its membership is {@code ACTIVE} or in {@code GRACE} now;</li>
 *   <li><b>trained</b>: at least one of its people attended SVUK training that started in those months;</li>
 *   <li><b>participating</b>: at least one of its contacts accepted a working-group invitation issued in those
 *       months, and has not changed the answer or had the invitation withdrawn.</li>
 * </ul>
 * {@link #LEADING} has all three, {@link #ENGAGED} two, {@link #AWARE} one, or none but some other contact
 * with SVUK in those months (an application waiting for approval, a membership that ended or was turned down,
 * a live booking, an invitation); {@link #NONE} has nothing at all.
 */
public enum EngagementLevel {
    NONE,
    AWARE,
    ENGAGED,
    LEADING;

    /** The level for the signals. */
    public static EngagementLevel of(boolean member, boolean trained, boolean participating, boolean inTouch) {
        int signals = (member ? 1 : 0) + (trained ? 1 : 0) + (participating ? 1 : 0);
        if (signals == 3) {
            return LEADING;
        }
        if (signals == 2) {
            return ENGAGED;
        }
        return signals == 1 || inTouch ? AWARE : NONE;
    }
}
