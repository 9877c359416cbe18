/** The notification service: turns the platform's integration events into email, and is the one place that talks to SMTP. */
package uk.socialvalue.notification;
