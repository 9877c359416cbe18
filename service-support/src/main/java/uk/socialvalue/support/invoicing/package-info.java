/**
 * What every service that issues invoices shares: the UK financial year, VAT arithmetic, numbering without gaps
 * per series and year (the document's own insert claims its number), and the one invoice layout, drawn as PDF
 * with OpenPDF. Each service keeps its own series in its own store.
 */
package uk.socialvalue.support.invoicing;
