package uk.socialvalue.membership.organisation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The membership offer and its timings.
 *
 * @param types          the membership types by code, e.g. {@code LOCAL_AUTHORITY}
 * @param gracePeriod    how long a membership past its end date still counts while it renews
 * @param reminderDays   how many days before the end date renewal reminders go out
 * @param lifecycleCron  when the nightly lifecycle job runs, as a cron expression in UK time
 * @param undecidedApplicationsCloseAfter  how long an application may wait for SVUK's decision; after that
 *                       it is withdrawn, which frees its contact's email address and its council for a new one
 */
@ConfigurationProperties("svuk.membership")
public record MembershipProperties(Map<String, MembershipType> types, @DefaultValue("30d") Duration gracePeriod,
        @DefaultValue({"60", "30", "7"}) List<Integer> reminderDays,
        @DefaultValue("0 30 1 * * *") String lifecycleCron,
        @DefaultValue("30d") Duration undecidedApplicationsCloseAfter) {

    public MembershipProperties {
        types = types == null ? Map.of() : Map.copyOf(types);
    }

    /**
     * One kind of membership.
     *
     * @param name       what it is called, e.g. "Local authority"
     * @param annualFee  the yearly fee in GBP, net of VAT
     * @param audience   whether organisations or individual practitioners hold it
     */
    public record MembershipType(String name, BigDecimal annualFee, Audience audience) {
    }

    /** Who may hold a membership type. */
    public enum Audience {
        ORGANISATION,
        INDIVIDUAL
    }
}
