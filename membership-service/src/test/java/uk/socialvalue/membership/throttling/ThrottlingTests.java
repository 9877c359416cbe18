package uk.socialvalue.membership.throttling;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.membership.Members;
import uk.socialvalue.membership.Members.SignedIn;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.MutableClock;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limits, driven through HTTP with client addresses given as a proxy in front of the service gives them
 * ({@code X-Forwarded-For}, trusted from loopback), and time moved by the injectable clock.
 */
@MembershipIntegrationTest
class ThrottlingTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    MutableClock clock;

    @Autowired
    MongoDatabase database;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveWrongPasswordsForAnEmailRefuseEvenTheRightOneUntilTheWindowPasses() throws Exception {
        SignedIn member = new Members(port, kafka, codec).approvedCouncil("E06000035");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(member.email(), "wrong password " + attempt, "198.51.100." + attempt).statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> refused = signIn(member.email(), Members.PASSWORD, "198.51.100.99");
        clock.advance(Duration.ofMinutes(14));
        HttpResponse<String> stillRefused = signIn(member.email(), Members.PASSWORD, "198.51.100.99");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        HttpResponse<String> allowed = signIn(member.email(), Members.PASSWORD, "198.51.100.99");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(840L, 900L);
        assertThat(stillRefused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(stillRefused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(signIn(Unique.email("other", "council.example"), "any password", "198.51.100.99").statusCode())
                .as("another email is not affected").isEqualTo(401);
    }

    @Test
    void passwordResetRequestsAreLimitedPerClientAddress() throws Exception {
        String email = Unique.email("reset", "council.example");
        for (int request = 1; request <= 3; request++) {
            assertThat(post("/api/account/password-reset", "{\"email\":\"" + email + "\"}", "203.0.113.7")
                    .statusCode()).isEqualTo(202);
        }

        HttpResponse<String> refused = post("/api/account/password-reset", "{\"email\":\"" + email + "\"}",
                "203.0.113.7");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("\"status\":429");
        assertThat(post("/api/account/password-reset", "{\"email\":\"" + email + "\"}", "203.0.113.8").statusCode())
                .as("another address is not affected").isEqualTo(202);
    }

    @Test
    void twoInstancesOnOneStoreShareTheLimit() {
        var limits = new ThrottlingProperties(ThrottlingProperties.Limit.parse("5 per 15m"),
                ThrottlingProperties.Limit.parse("30 per 5m"), ThrottlingProperties.Limit.parse("3 per 1h"),
                ThrottlingProperties.Limit.parse("10 per 15m"));
        Throttling first = new Throttling(database, limits, clock);
        Throttling second = new Throttling(database, limits, clock);
        String address = "192.0.2." + (int) (Math.random() * 250);

        first.applicationFrom(address);
        second.applicationFrom(address);
        first.applicationFrom(address);

        assertThatThrownBy(() -> second.applicationFrom(address)).isInstanceOf(TooManyRequests.class)
                .satisfies(e -> assertThat(((TooManyRequests) e).retryAfter()).isPositive()
                        .isLessThanOrEqualTo(Duration.ofHours(1)));
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        second.applicationFrom(address);
    }

    @Test
    void aLimitIsWrittenAsAttemptsPerPeriod() {
        assertThat(ThrottlingProperties.Limit.parse("50 per 1m"))
                .isEqualTo(new ThrottlingProperties.Limit(50, Duration.ofMinutes(1)));
        assertThatThrownBy(() -> ThrottlingProperties.Limit.parse("fifty a minute"))
                .hasMessageContaining("5 per 15m");
    }

    private HttpResponse<String> signIn(String email, String password, String address) throws Exception {
        return post("/api/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", address);
    }

    private HttpResponse<String> post(String path, String json, String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
