package uk.socialvalue.training.booking.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.security.CurrentUser;
import uk.socialvalue.support.web.PageRequest;
import uk.socialvalue.training.booking.BookingRequest;
import uk.socialvalue.training.booking.Bookings;

/** Bookings: made, seen and cancelled by contacts of the booking organisation, or by SVUK admins. */
@RestController
@Tag(name = "Bookings")
@SecurityRequirement(name = "bearer")
class BookingsController {

    /** Token claims membership-service sets with the person's name and email, used to write to the booker. */
    static final String NAME_CLAIM = "name";
    static final String EMAIL_CLAIM = "email";

    private final Bookings bookings;

    BookingsController(Bookings bookings) {
        this.bookings = bookings;
    }

    record BookingBody(@NotEmpty @Size(max = 100) @Valid List<AttendeeBody> attendees,
            @Size(max = 100) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String purchaseOrder,
            String organisationId) {
    }

    record AttendeeBody(@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String name,
            @NotBlank @Email @Size(max = 254) String email) {
    }

    record Cancellation(@Size(max = 2000) String reason) {
    }

    @PostMapping("/api/sessions/{sessionId}/bookings")
    @Operation(summary = "Book places, one per named attendee, for your organisation (admins name the organisation)")
    ResponseEntity<BookingView> book(@PathVariable String sessionId, @Valid @RequestBody BookingBody body,
            Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        String organisationId = bookingOrganisation(user, body.organisationId());
        List<Attendee> attendees = body.attendees().stream().map(a -> new Attendee(a.name(), a.email())).toList();
        var request = new BookingRequest(organisationId, contact(authentication, attendees), attendees,
                body.purchaseOrder());
        BookingView booking = BookingView.of(bookings.book(sessionId, request));
        return ResponseEntity.created(URI.create("/api/bookings/" + booking.id())).body(booking);
    }

    @GetMapping("/api/sessions/{sessionId}/quote")
    @Operation(summary = "What `seats` places would cost your organisation now, at the price booking charges "
            + "(admins name the organisation)")
    PriceView quote(@PathVariable String sessionId, @RequestParam int seats,
            @RequestParam(required = false) String organisationId, Authentication authentication) {
        String organisation = bookingOrganisation(CurrentUser.of(authentication), organisationId);
        return PriceView.of(bookings.quote(sessionId, organisation, seats));
    }

    @GetMapping("/api/sessions/{sessionId}/bookings")
    @Operation(summary = "The bookings on a session in arrival order, with waiting-list positions (admin), a page "
            + "at a time (`page` from 0, `size` up to 100, default 100; a full page links to the next in a `Link` "
            + "header)")
    ResponseEntity<List<BookingView>> onSession(@PathVariable String sessionId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        List<BookingView> found = bookings.onSession(sessionId, request.page(), request.size()).stream()
                .map(BookingView::of).toList();
        return ResponseEntity.ok().headers(request.headers(found.size())).body(found);
    }

    @GetMapping("/api/bookings/{id}")
    @Operation(summary = "One booking (its organisation's contacts, or admin)")
    BookingView booking(@PathVariable String id, Authentication authentication) {
        var found = bookings.booking(id);
        if (!CurrentUser.of(authentication).actsFor(found.booking().organisationId())) {
            throw new NotFound("No booking " + id); // others may not learn which bookings exist
        }
        return BookingView.of(found);
    }

    @GetMapping("/api/bookings")
    @Operation(summary = "An organisation's bookings, newest first, a page at a time (`page` from 0, `size` up to "
            + "100, default 100; a full page links to the next in a `Link` header): your own organisation's, or any "
            + "for admins")
    ResponseEntity<List<BookingView>> bookings(@RequestParam(required = false) String organisationId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Authentication authentication) {
        PageRequest request = PageRequest.of(page, size);
        CurrentUser user = CurrentUser.of(authentication);
        String organisation = organisationId != null ? organisationId : user.organisationId();
        if (organisation == null) {
            throw new InvalidField("organisationId", "is required");
        }
        if (!user.actsFor(organisation)) {
            throw new AccessDeniedException("Not a contact of organisation " + organisation);
        }
        List<BookingView> found = bookings.ofOrganisation(organisation, request.page(), request.size()).stream()
                .map(BookingView::of).toList();
        return ResponseEntity.ok().headers(request.headers(found.size())).body(found);
    }

    @PostMapping("/api/bookings/{id}/cancellation")
    @Operation(summary = "Cancel a booking: its organisation before the cut-off, admins until the session starts")
    BookingView cancel(@PathVariable String id, @Valid @RequestBody(required = false) Cancellation cancellation,
            Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        if (!user.actsFor(bookings.booking(id).booking().organisationId())) {
            throw new NotFound("No booking " + id);
        }
        String reason = cancellation == null || cancellation.reason() == null || cancellation.reason().isBlank()
                ? null : cancellation.reason().strip();
        return BookingView.of(bookings.cancel(id, user.isAdmin(), reason));
    }

    private static String bookingOrganisation(CurrentUser user, String requested) {
        if (user.isAdmin()) {
            if (requested == null || requested.isBlank()) {
                throw new InvalidField("organisationId", "is required when SVUK staff book for an organisation");
            }
            return requested;
        }
        if (user.organisationId() == null || (requested != null && !requested.equals(user.organisationId()))) {
            throw new AccessDeniedException("Contacts book only for their own organisation");
        }
        return user.organisationId();
    }

    /**
     * The booker, to write to about the booking: their name and email from the token when it carries them
     * (membership-service's tokens do), else the first attendee, who at least was named by the booker.
     */
    private static BookingContact contact(Authentication authentication, List<Attendee> attendees) {
        Jwt jwt = ((JwtAuthenticationToken) authentication).getToken();
        String name = jwt.getClaimAsString(NAME_CLAIM);
        String email = jwt.getClaimAsString(EMAIL_CLAIM);
        if (email == null || email.isBlank()) {
            Attendee first = attendees.get(0);
            return new BookingContact(jwt.getSubject(), first.name().strip(), first.email().strip());
        }
        return new BookingContact(jwt.getSubject(), name == null || name.isBlank() ? email : name, email);
    }
}
