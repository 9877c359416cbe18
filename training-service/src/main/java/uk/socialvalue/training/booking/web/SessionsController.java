package uk.socialvalue.training.booking.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.security.CurrentUser;
import uk.socialvalue.support.web.PageRequest;
import uk.socialvalue.training.booking.Attendance;
import uk.socialvalue.training.booking.AttendanceMark;
import uk.socialvalue.training.booking.BookingStatus;
import uk.socialvalue.training.booking.Bookings;
import uk.socialvalue.training.booking.Scheduling;
import uk.socialvalue.training.booking.Session;

/** Sessions: scheduled and cancelled by SVUK admins, listed for anyone, attendance recorded afterwards. */
@RestController
@Tag(name = "Sessions")
class SessionsController {

    private static final String MONEY = "\\d{1,7}(\\.\\d{1,2})?";

    private final Scheduling scheduling;
    private final Attendance attendance;
    private final Bookings bookings;

    SessionsController(Scheduling scheduling, Attendance attendance, Bookings bookings) {
        this.scheduling = scheduling;
        this.attendance = attendance;
        this.bookings = bookings;
    }

    record SessionRequest(@NotBlank String courseId, @NotNull Instant startsAt, @NotNull Instant endsAt,
            @NotNull SessionFormat format, @Size(max = 500) String venue, @Size(max = 2000) String onlineUrl,
            @NotNull @Min(1) @Max(10_000) Integer capacity,
            @NotNull @Pattern(regexp = MONEY, message = "must be an amount in pounds such as 250.00") String memberPrice,
            @NotNull @Pattern(regexp = MONEY, message = "must be an amount in pounds such as 400.00") String nonMemberPrice,
            Instant bookingCutOff) {

        Scheduling.NewSession toNewSession() {
            return new Scheduling.NewSession(courseId, startsAt, endsAt, format, venue, onlineUrl, capacity,
                    new BigDecimal(memberPrice), new BigDecimal(nonMemberPrice), bookingCutOff);
        }
    }

    record Cancellation(@Size(max = 2000) String reason) {
    }

    record AttendanceRequest(@NotEmpty @Valid List<Mark> attendance) {
    }

    record Mark(@NotBlank @Email String email, @NotNull Boolean attended) {
    }

    record AttendanceView(String bookingId, String organisationId, String name, String email, Boolean attended) {
    }

    @PostMapping("/api/sessions")
    @Operation(summary = "Schedule a session of an active course (admin)")
    ResponseEntity<SessionView> schedule(@Valid @RequestBody SessionRequest request) {
        Session session = scheduling.schedule(request.toNewSession());
        return ResponseEntity.created(URI.create("/api/sessions/" + session.id())).body(SessionView.of(session, true));
    }

    @GetMapping("/api/sessions")
    @Operation(summary = "Upcoming sessions with seats left (public), filtered by course, start, month and format, "
            + "soonest first, a page at a time (`page` from 0, `size` up to 100, default 100; a full page links to "
            + "the next in a `Link` header)")
    ResponseEntity<List<SessionView>> sessions(@RequestParam(required = false) String courseId,
            @Parameter(description = "an instant or a date (UK), default now") @RequestParam(required = false) String from,
            @Parameter(description = "a month in UK time, e.g. 2026-03") @RequestParam(required = false) YearMonth month,
            @RequestParam(required = false) SessionFormat format, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Authentication authentication) {
        PageRequest request = PageRequest.of(page, size);
        Instant start = from == null ? null : parseFrom(from);
        Instant end = null;
        if (month != null) {
            Instant monthStart = month.atDay(1).atStartOfDay(UkTime.ZONE).toInstant();
            start = start == null || start.isBefore(monthStart) ? monthStart : start;
            end = month.plusMonths(1).atDay(1).atStartOfDay(UkTime.ZONE).toInstant();
        }
        boolean admin = isAdmin(authentication);
        List<SessionView> found = scheduling.upcoming(start, end, courseId, format, request.page(), request.size())
                .stream().map(session -> SessionView.of(session, admin)).toList();
        return ResponseEntity.ok().headers(request.headers(found.size())).body(found);
    }

    @GetMapping("/api/sessions/{id}")
    @Operation(summary = "One session with seats left and the number of waiting bookings (public)")
    SessionView session(@PathVariable String id, Authentication authentication) {
        return SessionView.of(scheduling.session(id), isAdmin(authentication));
    }

    @PostMapping("/api/sessions/{id}/cancellation")
    @Operation(summary = "Cancel a session (admin): every booking on it is cancelled and its organisation told")
    SessionView cancel(@PathVariable String id, @Valid @RequestBody(required = false) Cancellation cancellation) {
        String reason = cancellation == null || cancellation.reason() == null || cancellation.reason().isBlank()
                ? "Cancelled by SVUK" : cancellation.reason().strip();
        return SessionView.of(scheduling.cancel(id, reason), true);
    }

    @PostMapping("/api/sessions/{id}/attendance")
    @Operation(summary = "Record who attended (admin), once the session has started; attendance earns CPD hours. "
            + "Answers the first page of the attendance, as the GET does")
    ResponseEntity<List<AttendanceView>> recordAttendance(@PathVariable String id,
            @Valid @RequestBody AttendanceRequest request) {
        attendance.record(id, request.attendance().stream()
                .map(mark -> new AttendanceMark(mark.email(), mark.attended())).toList());
        return attendanceOf(id, PageRequest.of(0, null));
    }

    @GetMapping("/api/sessions/{id}/attendance")
    @Operation(summary = "The confirmed attendees and their attendance so far (admin), by booking in arrival order, "
            + "a page of bookings at a time (`page` from 0, `size` up to 100, default 100; a full page links to "
            + "the next in a `Link` header)")
    ResponseEntity<List<AttendanceView>> attendance(@PathVariable String id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        scheduling.session(id);
        return attendanceOf(id, PageRequest.of(page, size));
    }

    private ResponseEntity<List<AttendanceView>> attendanceOf(String sessionId, PageRequest request) {
        List<Bookings.BookingOnSession> page = bookings.onSession(sessionId, request.page(), request.size());
        List<AttendanceView> views = page.stream().map(Bookings.BookingOnSession::booking)
                .filter(booking -> booking.status() == BookingStatus.CONFIRMED)
                .flatMap(booking -> booking.attendees().stream().map(attendee -> new AttendanceView(booking.id(),
                        booking.organisationId(), attendee.name(), attendee.email(),
                        booking.attendance().get(attendee.email()))))
                .toList();
        return ResponseEntity.ok().headers(request.headers(page.size())).body(views);
    }

    private static Instant parseFrom(String from) {
        try {
            return from.length() == 10 ? LocalDate.parse(from).atStartOfDay(UkTime.ZONE).toInstant() : Instant.parse(from);
        } catch (DateTimeParseException e) {
            throw new InvalidField("from", "must be a date such as 2026-03-01 or an instant");
        }
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken && CurrentUser.of(authentication).isAdmin();
    }
}
