package uk.socialvalue.training.booking.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.training.booking.BookingPersonalData;

/** The signed-in person's data held by training-service: the bookings they made or hold a place on. */
@RestController
@Tag(name = "Personal data")
@SecurityRequirement(name = "bearer")
class PersonalDataController {

    private final BookingPersonalData bookings;

    PersonalDataController(BookingPersonalData bookings) {
        this.bookings = bookings;
    }

    @GetMapping("/api/account/personal-data")
    @Operation(summary = "Everything training-service holds about the signed-in person")
    ResponseEntity<Map<String, Object>> mine(Authentication authentication) {
        var jwt = ((JwtAuthenticationToken) authentication).getToken();
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bookings.of(jwt.getSubject(), jwt.getClaimAsString("email")));
    }
}
