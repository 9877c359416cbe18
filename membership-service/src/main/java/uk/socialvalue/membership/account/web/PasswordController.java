package uk.socialvalue.membership.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.membership.account.Accounts;

/** Setting a password with the single-use token from a welcome or invitation email. */
@RestController
@Tag(name = "Accounts")
class PasswordController {

    private final Accounts accounts;

    PasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    record NewPassword(@NotBlank @Size(max = 4000) String token, @NotBlank String password) {
    }

    @PostMapping("/api/account/password")
    @Operation(summary = "Set a password with a set-password token (204); the token works once, until it expires")
    ResponseEntity<Void> setPassword(@Valid @RequestBody NewPassword request) {
        accounts.setPassword(request.token(), request.password());
        return ResponseEntity.noContent().build();
    }
}
