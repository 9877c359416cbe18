package uk.socialvalue.membership.account.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.membership.account.Accounts;
import uk.socialvalue.membership.throttling.Throttling;
import uk.socialvalue.support.security.CurrentUser;

/**
 * Passwords: setting one with the single-use link from an email, asking for such a link when it is forgotten
 * (or a welcome link expired), and changing one's own.
 */
@RestController
@Tag(name = "Accounts")
class PasswordController {

    /** The one answer to a reset request, whether or not the address is known. */
    static final Map<String, String> RESET_REQUESTED = Map.of("detail",
            "If this email address belongs to an account, a link to set a new password is on its way. It works once, "
                    + "for one hour.");

    private final Accounts accounts;
    private final Throttling throttling;

    PasswordController(Accounts accounts, Throttling throttling) {
        this.accounts = accounts;
        this.throttling = throttling;
    }

    record NewPassword(@NotBlank @Size(max = 4000) String token, @NotBlank @Size(max = 1000) String password) {
    }

    record ResetRequest(@NotBlank @Size(max = 254) String email) {
    }

    record PasswordChange(@NotBlank @Size(max = 1000) String currentPassword,
            @NotBlank @Size(max = 1000) String password) {
    }

    @PostMapping("/api/account/password")
    @Operation(summary = "Set a password with a set-password token (204); the token works once, until it expires")
    ResponseEntity<Void> setPassword(@Valid @RequestBody NewPassword request) {
        accounts.setPassword(request.token(), request.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/account/password-reset")
    @Operation(summary = "Ask for a set-password link by email (202, the same answer for every address); "
            + "limited per client address (429 with Retry-After)")
    ResponseEntity<Map<String, String>> requestReset(@Valid @RequestBody ResetRequest request,
            HttpServletRequest http) {
        throttling.passwordResetFrom(http.getRemoteAddr());
        accounts.requestPasswordReset(request.email());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(RESET_REQUESTED);
    }

    @PostMapping("/api/account/password-change")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change your own password (204); every access token issued to you before stops working")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange request, Authentication authentication) {
        accounts.changePassword(CurrentUser.of(authentication).personId(), request.currentPassword(),
                request.password());
        return ResponseEntity.noContent().build();
    }
}
