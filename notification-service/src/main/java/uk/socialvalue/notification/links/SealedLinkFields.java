package uk.socialvalue.notification.links;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import uk.socialvalue.support.links.LinkOpener;

/**
 * The values of an email's model that hold a sealed link. The delivery log keeps them sealed, the email gets
 * them opened, and once the email is sent they are dropped: the log then holds no link that could be used.
 */
public final class SealedLinkFields {

    /** The model keys whose values arrive sealed: set-password, RSVP and certificate links. */
    public static final Set<String> KEYS = Set.of("setupUrl", "acceptUrl", "declineUrl", "certificateUrl");

    private SealedLinkFields() {
    }

    /** The model with its sealed links opened, for rendering only: never store what this returns. */
    public static Map<String, String> opened(Map<String, String> model, LinkOpener opener) {
        if (KEYS.stream().noneMatch(model::containsKey)) {
            return model;
        }
        Map<String, String> opened = new HashMap<>(model);
        KEYS.stream().filter(model::containsKey).forEach(key -> opened.put(key, opener.open(model.get(key))));
        return opened;
    }

    /** The model without its links, as the log keeps it once the email is sent. */
    public static Map<String, String> withoutLinks(Map<String, String> model) {
        if (KEYS.stream().noneMatch(model::containsKey)) {
            return model;
        }
        Map<String, String> kept = new HashMap<>(model);
        kept.keySet().removeAll(KEYS);
        return kept;
    }

    /** Whether the model carried links that were dropped after sending: such an email cannot be sent again. */
    public static boolean linksDropped(Map<String, String> model, boolean carriesLinks) {
        return carriesLinks && KEYS.stream().noneMatch(model::containsKey);
    }
}
