/** Invoices of confirmed bookings and credit notes of cancelled ones, numbered without gaps per financial year. */
package uk.socialvalue.training.invoice;
