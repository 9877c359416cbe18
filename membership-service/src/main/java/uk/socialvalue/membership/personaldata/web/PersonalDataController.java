package uk.socialvalue.membership.personaldata.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.membership.personaldata.PersonalData;
import uk.socialvalue.support.security.CurrentUser;
import uk.socialvalue.support.web.ConflictException;

/** One's own personal data to download, and erasure by SVUK staff. */
@RestController
@Tag(name = "Personal data")
@SecurityRequirement(name = "bearer")
class PersonalDataController {

    private final PersonalData personalData;

    PersonalDataController(PersonalData personalData) {
        this.personalData = personalData;
    }

    @GetMapping("/api/account/personal-data")
    @Operation(summary = "Everything membership-service holds about the signed-in person")
    ResponseEntity<Map<String, Object>> mine(Authentication authentication) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(personalData.of(CurrentUser.of(authentication).personId()));
    }

    @DeleteMapping("/api/people/{personId}")
    @Operation(summary = "Erase a person who holds no live role (204; 409 while they do); every service removes "
            + "their personal data on membership.PersonErased")
    ResponseEntity<Void> erase(@PathVariable String personId) {
        try {
            personalData.erase(personId);
        } catch (PersonalData.LiveRole e) {
            throw new ConflictException(e.getMessage(), Map.of());
        }
        return ResponseEntity.noContent().build();
    }
}
