/** Membership invoices in MongoDB: the invoice is the claim on its number; a small list per organisation. */
package uk.socialvalue.membership.invoice.persistence;
