/** The timer that makes due reminders go out. */
package uk.socialvalue.training.booking.scheduling;
