package uk.socialvalue.portal.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import uk.socialvalue.portal.pages.FormErrors;

/**
 * Back to the sign-in form with an error summary naming the field, and the email address kept (never the
 * password).
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        FormErrors errors;
        if (exception instanceof MembershipSignIn.MissingCredentials missing) {
            errors = FormErrors.of(missing.field(), missing.field().equals("email")
                    ? "Enter your email address" : "Enter your password");
        } else if (exception instanceof MembershipSignIn.TooManyAttempts tooMany) {
            errors = FormErrors.problem(tooMany.getMessage());
        } else if (exception instanceof AuthenticationServiceException) {
            errors = FormErrors.problem("Signing in is not available right now. Try again in a few minutes.");
        } else {
            errors = FormErrors.of("email", "Enter the email address and password of your account. If you have "
                    + "forgotten your password, you can reset it.");
        }
        FlashMap output = new FlashMap();
        output.put("errors", errors);
        output.put("email", request.getParameter("email") == null ? "" : request.getParameter("email").strip());
        output.setTargetRequestPath("/sign-in");
        flash.saveOutputFlashMap(output, request, response);
        response.sendRedirect("/sign-in");
    }
}
