/** Certificates drawn as PDF with OpenPDF. */
package uk.socialvalue.training.certificate.pdf;
