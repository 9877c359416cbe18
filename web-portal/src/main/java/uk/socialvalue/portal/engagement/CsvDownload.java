package uk.socialvalue.portal.engagement;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import uk.socialvalue.contracts.Slug;
import uk.socialvalue.contracts.UkTime;

/**
 * A table membership-service wrote as CSV, handed on to the browser as a download: the service's bytes untouched
 * (it quotes and guards against spreadsheet formulas), named for what it holds and the UK day it was taken, as in
 * {@code svuk-engagement-north-west-2026-05-14.csv}, since the figures change from day to day.
 */
final class CsvDownload {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvDownload() {
    }

    /** The CSV as an attachment about {@code subject} ("north west", "Salford by month"). */
    static ResponseEntity<byte[]> of(byte[] csv, String subject, Clock clock) {
        String filename = "svuk-engagement-" + Slug.of(subject) + "-" + LocalDate.now(clock.withZone(UkTime.ZONE))
                + ".csv";
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(csv);
    }
}
