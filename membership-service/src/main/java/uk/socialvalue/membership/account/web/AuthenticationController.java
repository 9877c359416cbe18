package uk.socialvalue.membership.account.web;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.membership.account.Accounts;
import uk.socialvalue.membership.account.security.JwtTokens;
import uk.socialvalue.membership.throttling.Throttling;

/** Signing in with email and password, and the public keys that check the tokens it issues. */
@RestController
@Tag(name = "Accounts")
class AuthenticationController {

    private final Accounts accounts;
    private final JwtTokens tokens;
    private final Throttling throttling;

    AuthenticationController(Accounts accounts, JwtTokens tokens, Throttling throttling) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttling = throttling;
    }

    record Credentials(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1000) String password) {
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn) {
    }

    @PostMapping("/api/auth/token")
    @Operation(summary = "Exchange email and password for a bearer access token (RS256 JWT); 429 with Retry-After "
            + "after 5 wrong passwords for the email within 15 minutes, or too many attempts from one address")
    ResponseEntity<?> token(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        throttling.signInFrom(request.getRemoteAddr());
        throttling.checkSignInFor(credentials.email());
        return accounts.signIn(credentials.email(), credentials.password())
                .<ResponseEntity<?>>map(token -> ResponseEntity.ok()
                        .header("Cache-Control", "no-store")
                        .body(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds())))
                .orElseGet(() -> {
                    throttling.failedSignInFor(credentials.email());
                    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ProblemDetail
                            .forStatusAndDetail(HttpStatus.UNAUTHORIZED, "The email or password is not right."));
                });
    }

    @GetMapping("/.well-known/jwks.json")
    @Operation(summary = "The public keys that verify SVUK access tokens")
    Map<String, Object> jwks() {
        return tokens.publicKeys().toJSONObject();
    }
}
