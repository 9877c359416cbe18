package uk.socialvalue.portal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;

/** training-service: the course catalogue, sessions, bookings and attendance. */
public class TrainingApi {

    /** The most a page of a training-service list holds, and what the portal asks for. */
    public static final int PAGE_SIZE = 100;

    private final ServiceClient client;

    TrainingApi(ServiceClient client) {
        this.client = client;
    }

    // --- catalogue ---

    public record Course(String id, String code, String title, String summary, String audience,
            BigDecimal durationHours, BigDecimal cpdHours, String status) {
    }

    public record CourseDetails(String code, String title, String summary, String audience, String durationHours,
            String cpdHours) {
    }

    public List<Course> courses(boolean includeRetired) {
        return client.get(new ParameterizedTypeReference<List<Course>>() {
        }, uri -> uri.path("/api/courses").queryParam("includeRetired", includeRetired).build());
    }

    public Course course(String id) {
        return client.get(Course.class, "/api/courses/{id}", id);
    }

    public Course addCourse(CourseDetails details) {
        return client.post(details, Course.class, "/api/courses");
    }

    public Course retireCourse(String id) {
        return client.post(null, Course.class, "/api/courses/{id}/retirement", id);
    }

    // --- sessions ---

    /** An amount for one seat or one booking: pounds as text with two decimals, never floating point. */
    public record Price(String net, String vat, String gross, String currency, String basis) {
    }

    public record Prices(Price member, Price nonMember) {
    }

    public record Session(String id, String courseId, String courseCode, String courseTitle, BigDecimal cpdHours,
            Instant startsAt, Instant endsAt, String timeZone, LocalDateTime localStartsAt,
            LocalDateTime localEndsAt, String format, String venue, String onlineUrl, int capacity, int seatsLeft,
            int waitlisted, Prices prices, Instant bookingCutOff, String status, String cancellationReason) {

        public boolean isOnline() {
            return "ONLINE".equals(format);
        }

        public boolean isCancelled() {
            return "CANCELLED".equals(status);
        }
    }

    public record NewSession(String courseId, Instant startsAt, Instant endsAt, String format, String venue,
            String onlineUrl, Integer capacity, String memberPrice, String nonMemberPrice, Instant bookingCutOff) {
    }

    /** One page of upcoming sessions, soonest first. */
    public List<Session> sessions(String courseId, int page, int size) {
        return client.get(new ParameterizedTypeReference<List<Session>>() {
        }, uri -> uri.path("/api/sessions").queryParamIfPresent("courseId", MembershipApi.blankToEmpty(courseId))
                .queryParam("page", page).queryParam("size", size).build());
    }

    public Session session(String id) {
        return client.get(Session.class, "/api/sessions/{id}", id);
    }

    public Session schedule(NewSession session) {
        return client.post(session, Session.class, "/api/sessions");
    }

    /** What staff change in a session's plan; a {@code null} leaves that part as it is. */
    public record SessionChanges(Instant startsAt, Instant endsAt, String format, String venue, String onlineUrl,
            Integer capacity) {
    }

    public Session reschedule(String id, SessionChanges changes) {
        return client.patch(changes, Session.class, "/api/sessions/{id}", id);
    }

    public Session cancelSession(String id, String reason) {
        return client.post(Map.of("reason", reason), Session.class, "/api/sessions/{id}/cancellation", id);
    }

    // --- bookings ---

    public record Attendee(String name, String email) {
    }

    public record BookingAttendee(String name, String email, Boolean attended) {
    }

    public record BookingContact(String personId, String name, String email) {
    }

    public record SessionSummary(String courseTitle, Instant startsAt, Instant endsAt, String format, String venue,
            String onlineUrl) {
    }

    public record Booking(String id, String sessionId, String organisationId, String organisationName,
            String status, int seats, Integer waitlistPosition, List<BookingAttendee> attendees,
            String purchaseOrder, Price price, BookingContact contact, Instant bookedAt, Instant confirmedAt,
            Instant cancelledAt, String cancellationReason, SessionSummary session) {

        public boolean isConfirmed() {
            return "CONFIRMED".equals(status);
        }

        public boolean isWaitlisted() {
            return "WAITLISTED".equals(status);
        }

        public boolean isCancelled() {
            return "CANCELLED".equals(status);
        }
    }

    public record NewBooking(List<Attendee> attendees, String purchaseOrder) {
    }

    /** What a booking of {@code seats} places would cost the signed-in person's organisation now. */
    public Price quote(String sessionId, int seats) {
        return client.get(Price.class, uri -> uri.path("/api/sessions/{id}/quote").queryParam("seats", seats)
                .build(sessionId));
    }

    public Booking book(String sessionId, NewBooking booking) {
        return client.post(booking, Booking.class, "/api/sessions/{id}/bookings", sessionId);
    }

    /** One page of the organisation's bookings, newest first. */
    public List<Booking> bookingsOf(String organisationId, int page, int size) {
        return client.get(new ParameterizedTypeReference<List<Booking>>() {
        }, uri -> uri.path("/api/bookings").queryParam("organisationId", organisationId).queryParam("page", page)
                .queryParam("size", size).build());
    }

    public Booking booking(String id) {
        return client.get(Booking.class, "/api/bookings/{id}", id);
    }

    public Booking cancelBooking(String id, String reason) {
        return client.post(Map.of("reason", reason), Booking.class, "/api/bookings/{id}/cancellation", id);
    }

    /** Replaces the attendees seat for seat, before the cut-off. */
    public Booking substitute(String id, List<Attendee> attendees) {
        return client.put(Map.of("attendees", attendees), Booking.class, "/api/bookings/{id}/attendees", id);
    }

    public byte[] invoicePdf(String bookingId) {
        return client.getPdf("/api/bookings/{id}/invoice", bookingId);
    }

    public byte[] creditNotePdf(String bookingId) {
        return client.getPdf("/api/bookings/{id}/credit-note", bookingId);
    }

    public byte[] certificatePdf(String bookingId, String email) {
        return client.getPdf("/api/bookings/{id}/attendees/{email}/certificate", bookingId, email);
    }

    /** One page of the bookings on a session, in arrival order (admin). */
    public List<Booking> bookingsOn(String sessionId, int page, int size) {
        return client.get(new ParameterizedTypeReference<List<Booking>>() {
        }, uri -> uri.path("/api/sessions/{id}/bookings").queryParam("page", page).queryParam("size", size)
                .build(sessionId));
    }

    public record AttendanceRecord(String bookingId, String organisationId, String name, String email,
            Boolean attended) {
    }

    public record Mark(String email, boolean attended) {
    }

    /** One page of a session's attendance, a page of bookings' attendees at a time (admin). */
    public List<AttendanceRecord> attendance(String sessionId, int page, int size) {
        return client.get(new ParameterizedTypeReference<List<AttendanceRecord>>() {
        }, uri -> uri.path("/api/sessions/{id}/attendance").queryParam("page", page).queryParam("size", size)
                .build(sessionId));
    }

    public List<AttendanceRecord> recordAttendance(String sessionId, List<Mark> marks) {
        return client.post(Map.of("attendance", marks), new ParameterizedTypeReference<List<AttendanceRecord>>() {
        }, "/api/sessions/{id}/attendance", sessionId);
    }

    // --- CPD and accreditation ---

    public record CpdCourse(String courseTitle, String courseCode, LocalDate date, BigDecimal cpdHours,
            String bookingId, String certificateCode) {
    }

    /** Twelve months, both ends included, and the CPD hours earned in them. */
    public record CpdPeriod(LocalDate from, LocalDate to, BigDecimal hours) {
    }

    public record CpdRecord(String email, List<CpdCourse> courses, BigDecimal totalHours, List<CpdPeriod> periods) {
    }

    /** A person's CPD record: all of it for staff, a contact's own organisation's bookings for a contact. */
    public CpdRecord cpd(String email) {
        return client.get(CpdRecord.class, uri -> uri.path("/api/cpd").queryParam("email", email).build());
    }

    public record TrackLevel(int number, String courseId, String courseCode, String courseTitle) {
    }

    public record Track(String id, String name, List<TrackLevel> levels, int validityMonths) {
    }

    public record NewTrack(String name, List<String> courseIds, Integer validityMonths) {
    }

    public record Accreditation(String trackId, String trackName, int level, int levels, String levelTitle,
            String organisationId, LocalDate completedOn, LocalDate expiresOn, boolean valid) {
    }

    public List<Track> tracks() {
        return client.get(new ParameterizedTypeReference<List<Track>>() {
        }, "/api/accreditation-tracks");
    }

    public Track defineTrack(NewTrack track) {
        return client.post(track, Track.class, "/api/accreditation-tracks");
    }

    /** The levels a person holds, with when each expires. */
    public List<Accreditation> accreditations(String email) {
        return client.get(new ParameterizedTypeReference<List<Accreditation>>() {
        }, uri -> uri.path("/api/accreditations").queryParam("email", email).build());
    }

    // --- operations ---

    public DeadLetters deadLetters() {
        return client.get(DeadLetters.class, "/api/admin/dead-letters?limit=50");
    }

    public AuditLog audit(AuditLog.Query query) {
        return AuditLog.read(client, query);
    }

    public Map<String, Object> personalData() {
        return AuditLog.personalData(client);
    }
}
