package uk.socialvalue.membership.organisation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.membership.Members;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.MutableClock;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/** A rejected application, or one left undecided for 30 days, no longer holds its email address or council. */
@MembershipIntegrationTest
class FreeingApplicationsTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    MutableClock clock;

    @Autowired
    Memberships memberships;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRejectedApplicationFreesItsContactsEmailAndItsCouncil() {
        String email = Unique.email("squatter", "council.example");
        String first = members().apply("E06000036", email);
        assertThat(api().post("/api/organisations/" + first + "/rejection", Map.of("reason", "Not the council"),
                members().adminToken()).status()).isEqualTo(200);

        String second = members().apply("E06000036", email);

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void anApplicationUndecidedFor30DaysGivesWayToANewOne() {
        String email = Unique.email("forgotten", "council.example");
        String stale = members().apply("E06000037", email);
        clock.advance(Duration.ofDays(29));
        assertThat(apply("E06000037", Unique.email("rival", "council.example")).status())
                .as("29 days: still waiting").isEqualTo(409);

        clock.advance(Duration.ofDays(2));
        String fresh = members().apply("E06000037", email);

        assertThat(fresh).isNotEqualTo(stale);
        var withdrawn = api().get("/api/organisations/" + stale, members().adminToken());
        assertThat(withdrawn.text("/status")).isEqualTo("CANCELLED");
        assertThat(withdrawn.json().get("history").valueStream().map(h -> h.get("note").asString()))
                .anySatisfy(note -> assertThat(note).contains("not decided within 30 days"));
    }

    @Test
    void theNightlyJobWithdrawsUndecidedApplications() {
        String email = Unique.email("idle", "council.example");
        String stale = members().apply("E06000038", email);
        clock.advance(Duration.ofDays(31));

        memberships.advanceLifecycle(LocalDate.now(clock.withZone(UkTime.ZONE)));

        assertThat(api().get("/api/organisations/" + stale, members().adminToken()).text("/status"))
                .isEqualTo("CANCELLED");
        assertThat(members().apply("E06000038", email)).isNotEqualTo(stale);
    }

    private ApiClient.Response apply(String gssCode, String email) {
        return api().post("/api/applications", Map.of(
                "organisation", Map.of("type", "LOCAL_AUTHORITY", "gssCode", gssCode),
                "contact", Map.of("name", "Rival", "email", email), "membershipType", "LOCAL_AUTHORITY"), null);
    }

    private Members members() {
        return new Members(port, kafka, codec);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
