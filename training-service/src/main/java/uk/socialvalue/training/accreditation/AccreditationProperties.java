package uk.socialvalue.training.accreditation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accreditation.
 *
 * @param reminderDaysBefore  how many days before a level expires its holder is reminded
 * @param checkInterval       how often the reminder job looks
 */
@ConfigurationProperties("svuk.training.accreditation")
public record AccreditationProperties(@DefaultValue("60") int reminderDaysBefore,
        @DefaultValue("1h") Duration checkInterval) {

    public AccreditationProperties {
        if (reminderDaysBefore < 1) {
            throw new IllegalArgumentException("svuk.training.accreditation.reminder-days-before must be at least 1");
        }
    }
}
