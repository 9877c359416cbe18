package uk.socialvalue.membership.workinggroup;

import uk.socialvalue.support.domain.LinkSealer;

/**
 * The Accept and Decline links of an invitation email, sealed for notification-service. The token is the last
 * path segment; the answer in the query only preselects a button on the page the link opens, which changes
 * nothing by itself.
 *
 * @param baseUrl  where people reach membership-service, e.g. {@code https://members.socialvalueuk.org}
 * @param sealer   seals each link before it goes into an event
 */
public record RsvpLinks(String baseUrl, LinkSealer sealer) {

    public RsvpLinks {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String accept(InvitationToken token) {
        return sealer.seal(page(token) + "?answer=ACCEPTED");
    }

    String decline(InvitationToken token) {
        return sealer.seal(page(token) + "?answer=DECLINED");
    }

    private String page(InvitationToken token) {
        return baseUrl + "/rsvp/" + token.value();
    }
}
