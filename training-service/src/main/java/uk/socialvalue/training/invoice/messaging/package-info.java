/** Kafka adapter for invoices: issues a booking's invoice or credit note from the booking's own events. */
package uk.socialvalue.training.invoice.messaging;
