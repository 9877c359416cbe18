package uk.socialvalue.training;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.support.outbox.OutboxCollection;
import uk.socialvalue.support.security.ApiSecurity;
import uk.socialvalue.support.security.Role;
import uk.socialvalue.training.booking.Attendance;
import uk.socialvalue.training.booking.BookingPersonalData;
import uk.socialvalue.training.booking.Bookings;
import uk.socialvalue.training.booking.Reminders;
import uk.socialvalue.training.booking.Scheduling;
import uk.socialvalue.training.booking.SessionChanges;
import uk.socialvalue.training.booking.Sessions;
import uk.socialvalue.training.booking.TrainingProperties;
import uk.socialvalue.training.catalogue.Catalogue;
import uk.socialvalue.training.catalogue.Courses;
import uk.socialvalue.training.member.MemberOrganisations;
import uk.socialvalue.training.member.MembershipProjection;

/** Wires the plain-Java use cases, the topic this service publishes to, and who may call what. */
@Configuration(proxyBeanMethods = false)
class TrainingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TrainingConfiguration.class);

    @Bean
    Catalogue catalogue(Courses courses, Retry retry) {
        return new Catalogue(courses, retry);
    }

    /** Every instance seeds at start-up; the unique course code makes it harmless to do so more than once. */
    @Bean
    ApplicationRunner seedCatalogue(Catalogue catalogue) {
        return arguments -> {
            int added = catalogue.seed();
            if (added > 0) {
                log.info("Seeded the catalogue with {} standard courses", added);
            }
        };
    }

    @Bean
    BookingPersonalData bookingPersonalData(Sessions sessions, Retry retry) {
        return new BookingPersonalData(sessions, retry);
    }

    @Bean
    MembershipProjection membershipProjection(MemberOrganisations organisations) {
        return new MembershipProjection(organisations);
    }

    /** One for every use case, so that its per-session lock sees every change to a session in this instance. */
    @Bean
    SessionChanges sessionChanges(Sessions sessions, Retry retry) {
        return new SessionChanges(sessions, retry);
    }

    @Bean
    Scheduling scheduling(Sessions sessions, SessionChanges changes, Catalogue catalogue,
            TrainingProperties properties, Clock clock) {
        return new Scheduling(sessions, changes, catalogue, properties, clock);
    }

    @Bean
    Bookings bookings(Sessions sessions, SessionChanges changes, MembershipProjection memberships, Clock clock) {
        return new Bookings(sessions, changes, memberships, clock);
    }

    @Bean
    Reminders reminders(Sessions sessions, SessionChanges changes, TrainingProperties properties, Clock clock) {
        return new Reminders(sessions, changes, properties, clock);
    }

    @Bean
    Attendance attendance(SessionChanges changes, Clock clock) {
        return new Attendance(changes, clock);
    }

    /** A session's events (its bookings') wait in its document, for the sessions topic. */
    @Bean
    OutboxCollection sessionsOutbox() {
        return new OutboxCollection("sessions", Topics.TRAINING_SESSIONS);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, JsonMapper json) throws Exception {
        String admin = Role.ADMIN.name();
        return ApiSecurity.configure(http, json, rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/sessions/*/attendance", "/api/sessions/*/bookings").hasRole(admin)
                .requestMatchers(HttpMethod.GET, "/api/courses", "/api/courses/*", "/api/sessions", "/api/sessions/*")
                .permitAll()
                .requestMatchers("/api/courses", "/api/courses/**").hasRole(admin)
                .requestMatchers(HttpMethod.POST, "/api/sessions", "/api/sessions/*/cancellation",
                        "/api/sessions/*/attendance").hasRole(admin)
                .requestMatchers(HttpMethod.POST, "/api/sessions/*/bookings")
                .hasAnyRole(admin, Role.ORG_ADMIN.name(), Role.ORG_MEMBER.name())
                .requestMatchers("/api/bookings", "/api/bookings/**", "/api/member-organisations/*",
                        "/api/account/personal-data").authenticated())
                .build();
    }
}
