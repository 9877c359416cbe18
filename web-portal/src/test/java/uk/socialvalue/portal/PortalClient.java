package uk.socialvalue.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A form-posting client without JavaScript, as the portal's public contract is meant to be driven by scripts:
 * it keeps cookies, does not follow redirects, and takes the CSRF token from the page's form like a browser.
 */
final class PortalClient {

    /** One answer: status, where it redirects, the page, the raw Set-Cookie headers, and every header. */
    record Page(int status, String location, String body, List<String> setCookies, HttpHeaders headers) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        Document html() {
            return Jsoup.parse(body);
        }

        /** The {@code _csrf} value of the page's first form that has one. */
        String csrf() {
            var input = html().selectFirst("form input[name=_csrf]");
            if (input == null) {
                throw new IllegalStateException("No CSRF field on the page: " + body);
            }
            return input.val();
        }
    }

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    PortalClient(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** Posts the form fields as {@code application/x-www-form-urlencoded}, exactly as given (no CSRF added). */
    Page post(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Opens {@code formPage}, then posts the fields with that page's CSRF token, as a browser would. */
    Page submit(String formPage, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", get(formPage).csrf());
        return post(action, withToken);
    }

    Page signIn(String email, String password) {
        return submit("/sign-in", "/sign-in", Map.of("email", email, "password", password));
    }

    void addCookie(int port, HttpCookie cookie) {
        cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), cookie);
    }

    List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30))
                            .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8").build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body(), response.headers().allValues("Set-Cookie"), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
