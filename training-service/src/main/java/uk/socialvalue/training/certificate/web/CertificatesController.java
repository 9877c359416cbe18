package uk.socialvalue.training.certificate.web;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.security.CurrentUser;
import uk.socialvalue.training.certificate.Certificate;
import uk.socialvalue.training.certificate.CertificateDocuments;
import uk.socialvalue.training.certificate.CertificateLinks;
import uk.socialvalue.training.certificate.Certificates;
import uk.socialvalue.training.certificate.CpdRecord;
import uk.socialvalue.training.certificate.CpdRecords;

/** Certificates as PDF for their organisation and SVUK, verified by anyone; CPD records. */
@RestController
@Tag(name = "Certificates and CPD")
class CertificatesController {

    private final Certificates certificates;
    private final CertificateDocuments documents;
    private final CertificateLinks links;
    private final CpdRecords cpd;

    CertificatesController(Certificates certificates, CertificateDocuments documents, CertificateLinks links,
            CpdRecords cpd) {
        this.certificates = certificates;
        this.documents = documents;
        this.links = links;
        this.cpd = cpd;
    }

    /** What anyone may learn from a certificate's code: that it is genuine, whose initials, which course, when. */
    record Verification(String code, String initials, String course, LocalDate date) {
    }

    @GetMapping("/api/bookings/{id}/attendees/{email}/certificate")
    @Operation(summary = "The certificate of an attendee who attended, as PDF (the booking organisation's contacts, "
            + "or admin)")
    ResponseEntity<byte[]> certificate(@PathVariable String id, @PathVariable String email,
            Authentication authentication) {
        Certificate certificate = certificates.of(id, email.strip().toLowerCase(Locale.ROOT))
                .filter(found -> CurrentUser.of(authentication).actsFor(found.organisationId()))
                .orElseThrow(() -> new NotFound("No certificate for " + email + " on booking " + id));
        return pdf(certificate);
    }

    @GetMapping("/api/certificates/{code}")
    @Operation(summary = "Verify a certificate by its code (public): initials, course and date only")
    Verification verify(@PathVariable String code) {
        Certificate certificate = found(code);
        return new Verification(certificate.code(), certificate.initials(), certificate.courseTitle(),
                certificate.date());
    }

    @GetMapping("/api/certificates/{code}/pdf")
    @Operation(summary = "The certificate as PDF through the signed link in the attendance email (no sign-in)")
    ResponseEntity<byte[]> signedPdf(@PathVariable String code, @RequestParam(required = false) String signature) {
        if (!links.verifies(code, signature)) {
            throw new NotFound("No certificate " + code);
        }
        return pdf(found(code));
    }

    @GetMapping("/api/cpd")
    @Operation(summary = "A person's CPD record: every course attended with its hours, and the hours per rolling "
            + "twelve months (admin: all of it; a contact: what they attended on their own organisation's bookings)")
    CpdRecord cpd(@RequestParam(required = false) String email, Authentication authentication) {
        if (email == null || email.isBlank()) {
            throw new InvalidField("email", "is required");
        }
        CurrentUser user = CurrentUser.of(authentication);
        if (!user.isAdmin() && user.organisationId() == null) {
            throw new AccessDeniedException("Only SVUK staff and contacts of organisations see CPD records");
        }
        return cpd.of(email, user.isAdmin() ? null : user.organisationId());
    }

    private Certificate found(String code) {
        return certificates.byCode(code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFound("No certificate " + code));
    }

    private ResponseEntity<byte[]> pdf(Certificate certificate) {
        byte[] pdf = documents.pdf(certificate, links.verifyUrl(certificate.code()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("certificate-" + certificate.code() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }
}
