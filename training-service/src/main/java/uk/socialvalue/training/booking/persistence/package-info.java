/** MongoDB adapter for sessions, their bookings and their outbox. */
package uk.socialvalue.training.booking.persistence;
