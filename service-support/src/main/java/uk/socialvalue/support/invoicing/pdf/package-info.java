/** The one invoice layout, an A4 page drawn with OpenPDF. */
package uk.socialvalue.support.invoicing.pdf;
