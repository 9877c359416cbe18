package uk.socialvalue.notification.personaldata.web;

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

import uk.socialvalue.notification.personaldata.RecipientData;

/** The signed-in person's data held by notification-service: the emails to their address and their opt-outs. */
@RestController
@Tag(name = "Personal data")
@SecurityRequirement(name = "bearer")
class PersonalDataController {

    private final RecipientData recipients;

    PersonalDataController(RecipientData recipients) {
        this.recipients = recipients;
    }

    @GetMapping("/api/account/personal-data")
    @Operation(summary = "Everything notification-service holds about the signed-in person (by their email address)")
    ResponseEntity<Map<String, Object>> mine(Authentication authentication) {
        var jwt = ((JwtAuthenticationToken) authentication).getToken();
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(recipients.of(jwt.getSubject(), jwt.getClaimAsString("email")));
    }
}
