package uk.socialvalue.training;

import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
import uk.socialvalue.training.booking.AttendeePlaces;
import uk.socialvalue.training.booking.SessionBookings;
import uk.socialvalue.training.booking.Sessions;
import uk.socialvalue.training.booking.WaitingLists;
import uk.socialvalue.training.booking.TrainingProperties;
import uk.socialvalue.training.accreditation.AccreditationProperties;
import uk.socialvalue.training.accreditation.Accreditations;
import uk.socialvalue.training.accreditation.Accrediting;
import uk.socialvalue.training.accreditation.Tracks;
import uk.socialvalue.training.catalogue.Catalogue;
import uk.socialvalue.training.certificate.CertificateLinks;
import uk.socialvalue.training.certificate.CertificateProperties;
import uk.socialvalue.training.certificate.Certificates;
import uk.socialvalue.training.certificate.CpdRecords;
import uk.socialvalue.training.invoice.InvoiceDocuments;
import uk.socialvalue.training.invoice.Invoices;
import uk.socialvalue.training.invoice.Invoicing;
import uk.socialvalue.training.invoice.InvoicingProperties;
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
    BookingPersonalData bookingPersonalData(Sessions sessions, SessionBookings bookings, AttendeePlaces places,
            Certificates certificates, Retry retry) {
        return new BookingPersonalData(sessions, bookings, places, certificates, retry);
    }

    @Bean
    MembershipProjection membershipProjection(MemberOrganisations organisations) {
        return new MembershipProjection(organisations);
    }

    @Bean
    Invoicing invoicing(Invoices invoices, InvoiceDocuments documents, InvoicingProperties properties, Clock clock) {
        return new Invoicing(invoices, documents, properties.vatNumber(), properties.paymentTerms(),
                properties.invoicesFrom(), clock);
    }

    @Bean
    Bookings bookings(Sessions sessions, SessionBookings bookings, WaitingLists waitingLists, AttendeePlaces places,
            MembershipProjection memberships, Retry retry, Clock clock) {
        return new Bookings(sessions, bookings, waitingLists, places, memberships, retry, clock);
    }

    @Bean
    Scheduling scheduling(Sessions sessions, SessionBookings sessionBookings, Bookings bookings, Retry retry,
            Catalogue catalogue, TrainingProperties properties, Clock clock) {
        return new Scheduling(sessions, sessionBookings, bookings, retry, catalogue, properties, clock);
    }

    @Bean
    Reminders reminders(Sessions sessions, SessionBookings bookings, Retry retry, TrainingProperties properties,
            Clock clock) {
        return new Reminders(sessions, bookings, retry, properties, clock);
    }

    @Bean
    Attendance attendance(Sessions sessions, SessionBookings bookings, AttendeePlaces places, Certificates certificates,
            CertificateLinks links, Accrediting accrediting, Retry retry, Clock clock) {
        return new Attendance(sessions, bookings, places, certificates, links, accrediting, retry, clock);
    }

    @Bean
    Accrediting accrediting(Tracks tracks, Accreditations accreditations, Catalogue catalogue, Retry retry,
            AccreditationProperties properties, Clock clock) {
        return new Accrediting(tracks, accreditations, catalogue, retry, properties.reminderDaysBefore(), clock);
    }

    /** A track's definition waits in its document, for the sessions topic, keyed by the track id. */
    @Bean
    OutboxCollection accreditationTracksOutbox() {
        return new OutboxCollection("accreditationTracks", Topics.TRAINING_SESSIONS);
    }

    /** A level completed, renewed or nearing expiry: its event waits in the person's level document. */
    @Bean
    OutboxCollection accreditationsOutbox() {
        return new OutboxCollection("accreditations", Topics.TRAINING_SESSIONS);
    }

    /** Certificate links, sealed for notification-service, whose public key {@code svuk.links.sealing-key-file} holds. */
    @Bean
    CertificateLinks certificateLinks(CertificateProperties properties,
            @Value("${svuk.links.sealing-key-file:#{null}}") Path sealingKeyFile) {
        return properties.links(sealingKeyFile);
    }

    @Bean
    CpdRecords cpdRecords(Certificates certificates, Clock clock) {
        return new CpdRecords(certificates, clock);
    }

    /** A session's own events (scheduled, cancelled) wait in its document, for the sessions topic. */
    @Bean
    OutboxCollection sessionsOutbox() {
        return new OutboxCollection("sessions", Topics.TRAINING_SESSIONS);
    }

    /** A booking's events wait in the booking's document; they are about its session, keyed by the session id. */
    @Bean
    OutboxCollection bookingsOutbox() {
        return new OutboxCollection("bookings", Topics.TRAINING_SESSIONS);
    }

    /** An invoice's event (which emails it) waits in the invoice's document, keyed by the session id. */
    @Bean
    OutboxCollection invoicesOutbox() {
        return new OutboxCollection("invoices", Topics.TRAINING_SESSIONS);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, JsonMapper json) throws Exception {
        String admin = Role.ADMIN.name();
        return ApiSecurity.configure(http, json, rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/sessions/*/attendance", "/api/sessions/*/bookings").hasRole(admin)
                .requestMatchers(HttpMethod.GET, "/api/courses", "/api/courses/*", "/api/sessions", "/api/sessions/*",
                        "/api/certificates/*", "/api/certificates/*/pdf", "/api/accreditation-tracks",
                        "/api/accreditation-tracks/*")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/accreditation-tracks").hasRole(admin)
                .requestMatchers("/api/courses", "/api/courses/**").hasRole(admin)
                .requestMatchers(HttpMethod.POST, "/api/sessions", "/api/sessions/*/cancellation",
                        "/api/sessions/*/attendance").hasRole(admin)
                .requestMatchers(HttpMethod.PATCH, "/api/sessions/*").hasRole(admin)
                .requestMatchers(HttpMethod.POST, "/api/sessions/*/bookings")
                .hasAnyRole(admin, Role.ORG_ADMIN.name(), Role.ORG_MEMBER.name())
                .requestMatchers("/api/bookings", "/api/bookings/**", "/api/member-organisations/*", "/api/cpd",
                        "/api/accreditations",
                        "/api/account/personal-data").authenticated())
                .build();
    }
}
