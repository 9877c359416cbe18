/** Membership invoices drawn in service-support's invoice layout (OpenPDF). */
package uk.socialvalue.membership.invoice.pdf;
