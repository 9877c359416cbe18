package uk.socialvalue.portal;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queues SVUK staff work through, applications and renewals, a hundred at a time with links between the
 * pages, so that none beyond the first hundred is out of reach.
 */
class StaffQueuePagesTests extends StubbedPortalTest {

    @Test
    void pagesTheRenewalsDueAHundredAtATimeWithHowManyThereAre() {
        signInWith(ADMIN_TOKEN);
        services.answer("GET", "/api/reports/renewals?days=60&page=1&size=100", 200,
                page(organisations("renewing", 100), 1, 250));

        PortalClient.Page second = portal.get("/admin/renewals?page=1");

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.html().select("#renewals-count").text()).isEqualTo("250 memberships to renew, page 2 of 3.");
        assertThat(second.html().select("a[href^='/admin/organisations/renewing-']")).hasSize(100);
        assertThat(second.html().select("a[rel=prev]").attr("href")).endsWith("/admin/renewals?page=0");
        assertThat(second.html().select("a[rel=next]").attr("href")).endsWith("/admin/renewals?page=2");
    }

    @Test
    void pagesTheApplicationsAndSaysWhenAPageIsPastTheLast() {
        signInWith(ADMIN_TOKEN);
        services.answer("GET", "/api/organisations?status=PENDING_APPROVAL&page=0&size=100", 200,
                page(organisations("applying", 100), 0, 101));
        services.answer("GET", "/api/organisations?status=PENDING_APPROVAL&page=5&size=100", 200,
                page("", 5, 101));

        PortalClient.Page first = portal.get("/admin/applications");
        PortalClient.Page past = portal.get("/admin/applications?page=5");

        assertThat(first.html().select("#applications-count").text()).isEqualTo("101 applications, page 1 of 2.");
        assertThat(first.html().select("a[href^='/admin/applications/applying-']")).hasSize(100);
        assertThat(first.html().select("a[rel=prev]")).isEmpty();
        assertThat(first.html().select("a[rel=next]").attr("href")).endsWith("/admin/applications?page=1");
        assertThat(past.status()).isEqualTo(200);
        assertThat(past.html().select("main").text()).contains("No more applications");
    }

    private static String organisations(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> """
                {"id":"%s-%d","name":"Council %d","status":"ACTIVE","region":"North West","type":"LOCAL_AUTHORITY",
                 "gssCode":null,"membershipEndsOn":"2027-01-05"}""".formatted(prefix, i, i))
                .collect(Collectors.joining(","));
    }

    private static String page(String items, int page, long total) {
        return "{\"items\":[" + items + "],\"page\":" + page + ",\"size\":100,\"total\":" + total + "}";
    }
}
