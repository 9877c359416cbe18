/**
 * Kafka adapter for membership invoices: invoices each approval and renewal the organisations publish, and
 * declares where the invoices' events go.
 */
package uk.socialvalue.membership.invoice.messaging;
