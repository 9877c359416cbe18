package uk.socialvalue.notification.unsubscribe;

import java.net.URI;

/**
 * The public one-click unsubscribe link for an opt-out, {@code <public base URL>/api/unsubscribe/<token>}. It
 * is what the {@code List-Unsubscribe} header and the email footer point at; mailbox providers only honour
 * {@code https} links, so the public base URL must be https outside the local stack.
 */
public final class UnsubscribeLinks {

    private final String base;
    private final UnsubscribeTokens tokens;

    public UnsubscribeLinks(URI publicBaseUrl, UnsubscribeTokens tokens) {
        String url = publicBaseUrl.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.tokens = tokens;
    }

    public String linkFor(OptOut optOut) {
        return base + "/api/unsubscribe/" + tokens.tokenFor(optOut);
    }
}
