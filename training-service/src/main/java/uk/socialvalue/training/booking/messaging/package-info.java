/** Kafka adapter for bookings: erasing a person on {@code membership.PersonErased}. */
package uk.socialvalue.training.booking.messaging;
