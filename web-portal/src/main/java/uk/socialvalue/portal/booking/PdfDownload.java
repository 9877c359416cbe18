package uk.socialvalue.portal.booking;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document training-service rendered as PDF (an invoice, a credit note, a certificate), handed on to the browser
 * as a download: the service's bytes untouched, fetched on the server with the person's token, never cached on
 * the way, since it names people and sums of money.
 */
final class PdfDownload {

    private PdfDownload() {
    }

    static ResponseEntity<byte[]> of(byte[] pdf, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }
}
