package uk.socialvalue.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for the three services in the portal's fast web-layer tests: a real HTTP server on a free port
 * answering canned JSON per method and path, and remembering what it was asked (with which bearer token). The
 * browser tests in end-to-end run the portal against the real services instead.
 */
final class StubServices implements AutoCloseable {

    /** A request the stub received. */
    record Received(String method, String path, String authorization, String accept, String body,
            String forwardedFor) {
    }

    private record Answer(int status, String contentType, String body) {
    }

    private static final String CSV = "text/csv";
    private static final String PDF = "application/pdf";

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /**
     * One stub for every test class of the JVM, as the Spring context it feeds is one (the context cache keeps it
     * between classes): closed when the JVM ends, not after a class.
     */
    static StubServices forTheTestJvm() {
        StubServices stub = new StubServices();
        Runtime.getRuntime().addShutdownHook(new Thread(stub::close, "stub-services-shutdown"));
        return stub;
    }

    private StubServices() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code method path} (path with its query, if any) with the status and JSON body. */
    StubServices answer(String method, String path, int status, String json) {
        answers.put(method + " " + path, new Answer(status, "application/json", json));
        return this;
    }

    /** Answers a {@code GET} of the path that accepts {@code text/csv} with this CSV, in UTF-8. */
    StubServices answerCsv(String path, String csv) {
        answers.put("GET " + path + " " + CSV, new Answer(200, "text/csv;charset=UTF-8", csv));
        return this;
    }

    /** Answers a {@code GET} of the path that accepts {@code application/pdf} with this document. */
    StubServices answerPdf(String path, String pdf) {
        answers.put("GET " + path + " " + PDF, new Answer(200, PDF, pdf));
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    void reset() {
        answers.clear();
        received.clear();
    }

    /** An access token shaped like membership-service's (the portal reads its claims; the services check it). */
    static String token(String personId, String organisationId, String role, String name, String email) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long exp = System.currentTimeMillis() / 1000 + 3600;
        String claims = "{\"sub\":\"" + personId + "\"," + (organisationId == null ? "" : "\"org\":\"" + organisationId
                + "\",") + "\"roles\":[\"" + role + "\"],\"name\":\"" + name + "\",\"email\":\"" + email
                + "\",\"exp\":" + exp + "}";
        return header + "." + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    static String tokenResponse(String token) {
        return "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        received.add(new Received(exchange.getRequestMethod(), path,
                exchange.getRequestHeaders().getFirst("Authorization"), accept, body,
                exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
        String document = accept == null ? null : accept.startsWith(CSV) ? CSV : accept.startsWith(PDF) ? PDF : null;
        Answer answer = document != null ? answers.get(exchange.getRequestMethod() + " " + path + " " + document) : null;
        if (answer == null) {
            answer = answers.get(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query));
        }
        if (answer == null) {
            answer = answers.get(exchange.getRequestMethod() + " " + path);
        }
        if (answer == null) {
            answer = new Answer(404, "application/json", "{\"status\":404,\"detail\":\"Not stubbed: " + path + "\"}");
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
                answer.status() >= 400 ? "application/problem+json" : answer.contentType());
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
