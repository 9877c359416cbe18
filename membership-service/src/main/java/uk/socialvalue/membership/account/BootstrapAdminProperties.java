package uk.socialvalue.membership.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The first SVUK administrator, created at start-up if no account has that email. Start-up stops with a
 * message naming {@code svuk.bootstrap-admin.password} when it is not set: there is no default outside the
 * local stack.
 */
@Validated
@ConfigurationProperties("svuk.bootstrap-admin")
public record BootstrapAdminProperties(@NotBlank @Email String email,
        @NotBlank(message = "must be set (SVUK_BOOTSTRAP_ADMIN_PASSWORD); there is no default outside the local stack")
        @Size(min = 12, message = "must be at least 12 characters") String password) {
}
