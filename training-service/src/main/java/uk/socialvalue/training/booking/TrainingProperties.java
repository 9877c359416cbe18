package uk.socialvalue.training.booking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sessions and bookings.
 *
 * @param reminderDaysBefore     how many days before a session its attendees are reminded
 * @param reminderCheckInterval  how often the reminder job looks for reminders that fell due
 * @param defaultBookingCutOff   how long before a session bookings close when the admin gives no cut-off
 */
@ConfigurationProperties("svuk.training")
public record TrainingProperties(@DefaultValue("2") int reminderDaysBefore,
        @DefaultValue("15m") Duration reminderCheckInterval, @DefaultValue("1d") Duration defaultBookingCutOff) {

    public TrainingProperties {
        if (reminderDaysBefore < 1) {
            throw new IllegalArgumentException("svuk.training.reminder-days-before must be at least 1");
        }
    }
}
