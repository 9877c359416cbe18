package uk.socialvalue.portal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;

/** training-service: the course catalogue, sessions, bookings and attendance. */
public class TrainingApi {

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

    public List<Session> sessions(String courseId) {
        return client.get(new ParameterizedTypeReference<List<Session>>() {
        }, uri -> uri.path("/api/sessions").queryParamIfPresent("courseId", MembershipApi.blankToEmpty(courseId))
                .build());
    }

    public Session session(String id) {
        return client.get(Session.class, "/api/sessions/{id}", id);
    }

    public Session schedule(NewSession session) {
        return client.post(session, Session.class, "/api/sessions");
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

    /** Every booking on a session, in arrival order (admin). */
    public List<Booking> bookingsOn(String sessionId) {
        return client.get(new ParameterizedTypeReference<List<Booking>>() {
        }, "/api/sessions/{id}/bookings", sessionId);
    }

    public record AttendanceRecord(String bookingId, String organisationId, String name, String email,
            Boolean attended) {
    }

    public record Mark(String email, boolean attended) {
    }

    public List<AttendanceRecord> attendance(String sessionId) {
        return client.get(new ParameterizedTypeReference<List<AttendanceRecord>>() {
        }, "/api/sessions/{id}/attendance", sessionId);
    }

    public List<AttendanceRecord> recordAttendance(String sessionId, List<Mark> marks) {
        return client.post(Map.of("attendance", marks), new ParameterizedTypeReference<List<AttendanceRecord>>() {
        }, "/api/sessions/{id}/attendance", sessionId);
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
