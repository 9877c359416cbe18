package uk.socialvalue.portal.invoice;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.api.MembershipInvoicesApi;
import uk.socialvalue.portal.pages.Paged;
import uk.socialvalue.portal.signin.SignedInUser;

/**
 * {@code /account/invoices}: the membership invoices of the contact's own organisation (the id is taken from their
 * sign-in, never from the request), newest first, twenty a page, each downloadable as its PDF; and the same for
 * staff under {@code /admin/organisations/{id}/invoices}. The PDF comes from membership-service through the portal,
 * so the access token stays on the server; who may see what is the service's decision.
 */
@Controller
class InvoicesController {

    static final int PAGE_SIZE = 20;

    private final MembershipInvoicesApi invoices;
    private final MembershipApi membership;

    InvoicesController(MembershipInvoicesApi invoices, MembershipApi membership) {
        this.invoices = invoices;
        this.membership = membership;
    }

    @GetMapping("/account/invoices")
    String ours(@RequestParam(defaultValue = "0") int page, Model model) {
        String organisationId = SignedInUser.current().organisationId();
        return list(organisationId, page, "/account/invoices", "/account", "Your organisation", model);
    }

    @GetMapping("/account/invoices/{number}/pdf")
    ResponseEntity<byte[]> ourPdf(@PathVariable String number) {
        return pdf(SignedInUser.current().organisationId(), number);
    }

    @GetMapping("/admin/organisations/{organisationId}/invoices")
    String theirs(@PathVariable String organisationId, @RequestParam(defaultValue = "0") int page, Model model) {
        String base = "/admin/organisations/" + organisationId;
        return list(organisationId, page, base + "/invoices", base, membership.organisation(organisationId).name(),
                model);
    }

    @GetMapping("/admin/organisations/{organisationId}/invoices/{number}/pdf")
    ResponseEntity<byte[]> theirPdf(@PathVariable String organisationId, @PathVariable String number) {
        return pdf(organisationId, number);
    }

    private String list(String organisationId, int page, String path, String back, String backLabel, Model model) {
        model.addAttribute("invoices", Paged.of(page, PAGE_SIZE,
                (current, size) -> invoices.invoicesOf(organisationId, current, size)));
        model.addAttribute("path", path);
        model.addAttribute("back", back);
        model.addAttribute("backLabel", backLabel);
        return "invoice/invoices";
    }

    private ResponseEntity<byte[]> pdf(String organisationId, String number) {
        byte[] pdf = invoices.pdf(organisationId, number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(number.replaceAll("[^A-Za-z0-9-]", "") + ".pdf").build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(pdf);
    }
}
