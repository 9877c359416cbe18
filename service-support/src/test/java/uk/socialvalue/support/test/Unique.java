package uk.socialvalue.support.test;

import java.util.UUID;

/**
 * Names no other test uses, so that tests sharing a service, a mail server or a whole platform never see
 * each other's people, mail or data, and can run alone or in any order.
 */
public final class Unique {

    private Unique() {
    }

    /** Eight random characters. */
    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code <who>-<suffix>}. */
    public static String name(String who) {
        return who + "-" + suffix();
    }

    /** {@code <who>-<suffix>@<domain>}. */
    public static String email(String who, String domain) {
        return name(who) + "@" + domain;
    }
}
