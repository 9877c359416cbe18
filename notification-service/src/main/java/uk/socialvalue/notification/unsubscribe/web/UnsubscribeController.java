package uk.socialvalue.notification.unsubscribe.web;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import uk.socialvalue.notification.unsubscribe.OptOut;
import uk.socialvalue.notification.unsubscribe.OptOuts;
import uk.socialvalue.notification.unsubscribe.UnsubscribeTokens;
import uk.socialvalue.support.domain.InvalidField;

/**
 * The target of the unsubscribe links. {@code POST} is the RFC 8058 one-click request that mailbox providers
 * send (body {@code List-Unsubscribe=One-Click}) and records the opt-out; {@code GET}, what a person's click on
 * the link in the footer does, only shows a button that posts, because link scanners follow every GET.
 * The signed token is the only credential, so both are public.
 */
@RestController
@RequestMapping("/api/unsubscribe/{token}")
class UnsubscribeController {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeController.class);

    private final UnsubscribeTokens tokens;
    private final OptOuts optOuts;
    private final Clock clock;

    UnsubscribeController(UnsubscribeTokens tokens, OptOuts optOuts, Clock clock) {
        this.tokens = tokens;
        this.optOuts = optOuts;
        this.clock = clock;
    }

    @Operation(summary = "Record a one-click unsubscribe (RFC 8058)",
            description = "Public; the signed token names the address and the category of email it opts out of.")
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    UnsubscribeResult unsubscribe(@PathVariable String token) {
        return new UnsubscribeResult(record(token).category().name(), true);
    }

    @Operation(hidden = true)
    @PostMapping(produces = MediaType.TEXT_HTML_VALUE)
    String unsubscribeFromBrowser(@PathVariable String token) {
        OptOut optOut = record(token);
        return page("You are unsubscribed", "You will no longer receive "
                + HtmlUtils.htmlEscape(optOut.category().label()) + " from Social Value UK.", null);
    }

    @Operation(summary = "Show the unsubscribe confirmation page", description = "Changes nothing; its button posts.")
    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    String confirm(@PathVariable String token) {
        OptOut optOut = verify(token);
        return page("Unsubscribe", "Stop sending " + HtmlUtils.htmlEscape(optOut.category().label()) + " to "
                + HtmlUtils.htmlEscape(optOut.address()) + "?", "Unsubscribe");
    }

    @Operation(summary = "What an unsubscribe link stands for (public): the category, how it reads, the address, "
            + "and whether that address has opted out of it already", description = "Changes nothing. For a page "
            + "that shows the link, such as the web portal's; 400 for a token not signed by this service.")
    @GetMapping(path = "/details", produces = MediaType.APPLICATION_JSON_VALUE)
    UnsubscribeDetails details(@PathVariable String token) {
        OptOut optOut = verify(token);
        return new UnsubscribeDetails(optOut.category().name(), optOut.category().label(), optOut.address(),
                optOuts.contains(optOut));
    }

    private OptOut record(String token) {
        OptOut optOut = verify(token);
        optOuts.record(optOut, clock.instant());
        log.info("Recorded an opt-out from {}", optOut.category().label());
        return optOut;
    }

    private OptOut verify(String token) {
        return tokens.verify(token)
                .orElseThrow(() -> new InvalidField("token", "is not a valid unsubscribe link"));
    }

    private static String page(String title, String message, String button) {
        String form = button == null ? ""
                : "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + "<button type=\"submit\">" + button + "</button></form>";
        // The web portal's look (service-support's svuk-pages.css); the portal serves this page itself where it runs.
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + " - Social Value UK</title><link rel=\"icon\" href=\"data:,\">"
                + "<link rel=\"stylesheet\" href=\"/assets/svuk-pages.css\"></head><body>"
                + "<header class=\"svuk-header\"><div class=\"svuk-header__inner\"><span class=\"svuk-header__name\">"
                + "Social Value UK</span></div><div class=\"svuk-header__bar\"></div></header>"
                + "<main><h1>" + title + "</h1><p>" + message + "</p>" + form + "</main></body></html>";
    }

    /** What an unsubscribe link stands for. */
    record UnsubscribeDetails(String category, String label, String address, boolean unsubscribed) {
    }

    /** The answer to a one-click unsubscribe. */
    record UnsubscribeResult(String category, boolean unsubscribed) {
    }
}
