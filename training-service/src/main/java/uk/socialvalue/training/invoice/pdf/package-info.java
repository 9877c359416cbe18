/** Invoices drawn as PDF with OpenPDF. */
package uk.socialvalue.training.invoice.pdf;
