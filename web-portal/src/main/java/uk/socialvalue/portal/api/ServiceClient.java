package uk.socialvalue.portal.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's HTTP API: JSON in and out, the signed-in person's bearer token added from the session, and
 * every failure turned into one of three exceptions the pages handle: {@link ServiceProblem} (4xx, with the
 * problem detail), {@link NotSignedIn} (401) and {@link ServiceUnavailable} (unreachable, timed out, 5xx).
 */
public final class ServiceClient {

    private static final Logger log = LoggerFactory.getLogger(ServiceClient.class);
    private static final MediaType TEXT_CSV = new MediaType("text", "csv");
    private static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final String name;
    private final RestClient rest;
    private final JsonMapper json;

    ServiceClient(String name, URI baseUrl, RestClient.Builder builder, HttpClient http, ServiceProperties properties,
            AccessTokens tokens, JsonMapper json) {
        this.name = name;
        this.json = json;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        this.rest = builder.clone()
                .baseUrl(baseUrl.toString())
                .requestFactory(requests)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .requestInterceptor((request, body, execution) -> {
                    tokens.current().ifPresent(token -> request.getHeaders().setBearerAuth(token));
                    // The services limit sign-ins, applications and resets per client address: the person's,
                    // not the portal's, which every person shares.
                    clientAddress().ifPresent(address -> request.getHeaders().set(FORWARDED_FOR, address));
                    return execution.execute(request, body);
                })
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw failure(request.getMethod() + " " + request.getURI().getPath(), response);
                })
                .build();
    }

    /** The address of the person whose request the portal is serving, if it is serving one. */
    private static Optional<String> clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getRemoteAddr()) : Optional.empty();
    }

    public String name() {
        return name;
    }

    public <T> T get(Class<T> type, String uri, Object... variables) {
        return call(() -> rest.get().uri(uri, variables).retrieve().body(type));
    }

    public <T> T get(ParameterizedTypeReference<T> type, String uri, Object... variables) {
        return call(() -> rest.get().uri(uri, variables).retrieve().body(type));
    }

    public <T> T get(Class<T> type, Function<UriBuilder, URI> uri) {
        return call(() -> rest.get().uri(uri).retrieve().body(type));
    }

    public <T> T get(ParameterizedTypeReference<T> type, Function<UriBuilder, URI> uri) {
        return call(() -> rest.get().uri(uri).retrieve().body(type));
    }

    /**
     * A table as the service writes it in CSV ({@code Accept: text/csv}): its bytes as they came, for the portal
     * to hand on as a download without reading or rewriting them.
     */
    public byte[] getCsv(String uri, Object... variables) {
        return getBytes(TEXT_CSV, uri, variables);
    }

    /** A document the service renders as PDF ({@code Accept: application/pdf}), its bytes as they came. */
    public byte[] getPdf(String uri, Object... variables) {
        return getBytes(PDF, uri, variables);
    }

    private byte[] getBytes(MediaType type, String uri, Object... variables) {
        return call(() -> rest.get().uri(uri, variables).accept(type).retrieve().body(byte[].class));
    }

    public <T> T post(Object body, Class<T> type, String uri, Object... variables) {
        return call(() -> withBody(rest.post().uri(uri, variables), body).retrieve().body(type));
    }

    public <T> T post(Object body, ParameterizedTypeReference<T> type, String uri, Object... variables) {
        return call(() -> withBody(rest.post().uri(uri, variables), body).retrieve().body(type));
    }

    public void post(Object body, String uri, Object... variables) {
        call(() -> withBody(rest.post().uri(uri, variables), body).retrieve().toBodilessEntity());
    }

    public <T> T put(Object body, Class<T> type, String uri, Object... variables) {
        return call(() -> withBody(rest.put().uri(uri, variables), body).retrieve().body(type));
    }

    /** A partial change, as the services read it: a field left {@code null} stays as it is. */
    public <T> T patch(Object body, Class<T> type, String uri, Object... variables) {
        return call(() -> withBody(rest.patch().uri(uri, variables), body).retrieve().body(type));
    }

    public void delete(String uri, Object... variables) {
        call(() -> rest.delete().uri(uri, variables).retrieve().toBodilessEntity());
    }

    private static RestClient.RequestBodySpec withBody(RestClient.RequestBodySpec spec, Object body) {
        return body == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException e) {
            log.warn("{} could not be reached: {}", name, e.getMessage());
            throw new ServiceUnavailable(name, "could not be reached", e);
        }
    }

    private RuntimeException failure(String request, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        if (status == 401) {
            return new NotSignedIn(name);
        }
        if (status >= 500) {
            log.error("{} failed on {} with HTTP {}", name, request, status);
            return new ServiceUnavailable(name, "answered HTTP " + status + " to " + request, null);
        }
        JsonNode problem = readProblem(response);
        String detail = problem.path("detail").asString(response.getStatusText());
        List<ServiceProblem.FieldProblem> errors = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            errors.add(new ServiceProblem.FieldProblem(error.path("field").asString(""),
                    error.path("message").asString("")));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        problem.properties().forEach(entry -> {
            if (entry.getValue().isValueNode()) {
                properties.put(entry.getKey(), entry.getValue().asString());
            }
        });
        return new ServiceProblem(status, detail, errors, properties);
    }

    private JsonNode readProblem(ClientHttpResponse response) {
        try {
            return json.readTree(response.getBody());
        } catch (IOException | RuntimeException e) {
            return json.createObjectNode();
        }
    }
}
