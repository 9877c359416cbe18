package uk.socialvalue.membership.workinggroup;

/**
 * The Accept and Decline links of an invitation email. The token is the last path segment; the answer in
 * the query only preselects a button on the page the link opens, which changes nothing by itself.
 *
 * @param baseUrl  where people reach membership-service, e.g. {@code https://members.socialvalueuk.org}
 */
public record RsvpLinks(String baseUrl) {

    public RsvpLinks {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String accept(InvitationToken token) {
        return page(token) + "?answer=ACCEPTED";
    }

    String decline(InvitationToken token) {
        return page(token) + "?answer=DECLINED";
    }

    private String page(InvitationToken token) {
        return baseUrl + "/rsvp/" + token.value();
    }
}
