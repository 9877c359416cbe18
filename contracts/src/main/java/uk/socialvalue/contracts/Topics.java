package uk.socialvalue.contracts;

import java.util.Set;

/** The Kafka topics the platform publishes integration events to. */
public final class Topics {

    /** The lifecycle of organisations' memberships, keyed by organisation id. */
    public static final String MEMBERSHIP_ORGANISATIONS = "membership.organisations";

    /**
     * Account set-up and password links for people, keyed by person id. It carries single-use secrets for
     * the notification service alone, so it is kept apart from the business facts (restrict it with ACLs).
     */
    public static final String MEMBERSHIP_ACCOUNTS = "membership.accounts";

    /**
     * The latest state of each organisation's membership, keyed by organisation id and compacted: Kafka keeps
     * at least the newest record of every organisation for ever, so a read model such as training-service's
     * member view can be rebuilt from it at any time, however old the organisation's history. Each record
     * carries the organisation's version, so that a consumer keeps the newest whatever order records reach it in.
     */
    public static final String MEMBERSHIP_ORGANISATION_STATE = "membership.organisation-state";

    /**
     * What every service must know about people's access and personal data, keyed by person id: earlier
     * access tokens revoked, a person erased. Every service reads it whole, in every instance.
     */
    public static final String MEMBERSHIP_PEOPLE = "membership.people";

    /** Contacts joining and leaving member organisations, keyed by organisation id. */
    public static final String MEMBERSHIP_CONTACTS = "membership.contacts";

    /** Working-group meetings and their invitations, keyed by meeting id. */
    public static final String MEMBERSHIP_WORKING_GROUPS = "membership.working-groups";

    /** Training sessions and their bookings, keyed by session id. */
    public static final String TRAINING_SESSIONS = "training.sessions";

    private static final Set<String> FULL_HISTORY = Set.of(MEMBERSHIP_ORGANISATIONS, MEMBERSHIP_CONTACTS,
            MEMBERSHIP_WORKING_GROUPS, TRAINING_SESSIONS);

    private Topics() {
    }

    /**
     * Whether the topic keeps every event for ever, never deleted for age and never compacted: the topics of
     * business facts do, so that a read model (membership-service's engagement view) can be rebuilt by
     * replaying them from the beginning. {@link #MEMBERSHIP_ACCOUNTS} does not: its single-use links should
     * not be kept.
     */
    public static boolean keepsFullHistory(String topic) {
        return FULL_HISTORY.contains(topic);
    }

    /**
     * The dead-letter topic where a consumer group puts the records of {@code topic} that it could not
     * process, after its retries: {@code <topic>.<group>.dlt}.
     */
    public static String deadLetterTopic(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }
}
