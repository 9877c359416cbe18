/** Invoices in MongoDB: the document is the claim on its number. */
package uk.socialvalue.training.invoice.persistence;
