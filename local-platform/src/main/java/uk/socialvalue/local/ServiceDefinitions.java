package uk.socialvalue.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the local stack runs, the three services and the web portal, and how it sets each one up: how its JVM
 * is sized, and only the settings that its own {@code application.yml} cannot know, namely where everything
 * listens (tests move the stack to free ports) and the local-only credentials. {@code docker-compose.yml} sets
 * the same settings and JVM options for its containers; {@code LocalStackConfigurationTests} checks that the
 * two, and each one's {@code application.yml}, agree.
 */
final class ServiceDefinitions {

    static final String ADMIN_EMAIL = "admin@svuk.local";
    /** Local stack only: documented in the README, never a default outside it. */
    static final String ADMIN_PASSWORD = "local-admin-password";
    /** Local stack only: signs unsubscribe links; notification-service has no default for it. */
    static final String UNSUBSCRIBE_SECRET = "local-only-unsubscribe-secret-do-not-use-elsewhere";

    /** A service: Kafka consumers, the outbox relay, MongoDB, and the API's working set. */
    static final List<String> SERVICE_JVM = List.of("-Xmx512m");
    /**
     * The portal keeps no data but the sessions (a few kilobytes each): a heap that starts small and grows only
     * as sessions need it, the serial collector (no concurrent GC threads to feed), and smaller thread stacks
     * and code cache suit a backend-for-frontend. Its resident memory is mostly classes and code, not heap
     * (web-portal's README has the figures).
     */
    static final List<String> PORTAL_JVM = List.of("-Xms16m", "-Xmx128m", "-XX:+UseSerialGC", "-Xss512k",
            "-XX:ReservedCodeCacheSize=32m");

    private ServiceDefinitions() {
    }

    /**
     * One deployable of the stack.
     *
     * @param jvmOptions  how its JVM is sized, also in docker-compose ({@code JAVA_TOOL_OPTIONS})
     * @param properties  its settings by property name, {@code server.port} among them
     * @param also        what the launcher's table says beside its address
     */
    record Service(String name, List<String> jvmOptions, Map<String, String> properties, String also) {

        int port() {
            return Integer.parseInt(properties.get("server.port"));
        }

        ServiceProcess.Definition definition() {
            return new ServiceProcess.Definition(name, port(), jvmOptions,
                    properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toList(), also);
        }
    }

    /** Everything the stack runs, in the order the launcher's table lists it. */
    static Map<String, Service> services(Settings.Ports ports, Path dataDirectory) {
        String mongo = "mongodb://localhost:" + ports.mongo() + "/";
        String kafka = "localhost:" + ports.kafka();
        String membership = "http://localhost:" + ports.membership();
        String training = "http://localhost:" + ports.training();
        String notification = "http://localhost:" + ports.notification();
        // Emailed links (set password, RSVP, unsubscribe) open the web portal's pages.
        String portal = "http://localhost:" + ports.portal();

        Map<String, String> trustMembershipTokens = new LinkedHashMap<>();
        trustMembershipTokens.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", membership);
        trustMembershipTokens.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                membership + "/.well-known/jwks.json");

        Map<String, String> webPortal = new LinkedHashMap<>();
        webPortal.put("server.port", String.valueOf(ports.portal()));
        webPortal.put("svuk.portal.services.membership-url", membership);
        webPortal.put("svuk.portal.services.training-url", training);
        webPortal.put("svuk.portal.services.notification-url", notification);

        Map<String, String> membershipService = new LinkedHashMap<>();
        membershipService.put("server.port", String.valueOf(ports.membership()));
        membershipService.put("spring.mongodb.uri", mongo + "membership");
        membershipService.put("spring.kafka.bootstrap-servers", kafka);
        membershipService.put("svuk.auth.issuer", membership);
        membershipService.put("svuk.auth.signing-key-file",
                dataDirectory.resolve("membership").resolve("jwt-signing-key.json").toString());
        membershipService.put("svuk.bootstrap-admin.email", ADMIN_EMAIL);
        membershipService.put("svuk.bootstrap-admin.password", ADMIN_PASSWORD);
        membershipService.put("svuk.links.base-url", portal);
        membershipService.put("svuk.links.sealing-key-file",
                LinkKeys.folder(dataDirectory).resolve(LinkKeys.PUBLIC_KEY).toString());
        // Local stack only: scripts on one machine apply and sign in in bursts from one address. The limit of 5
        // wrong passwords per email address stays as it is everywhere.
        membershipService.put("svuk.throttling.applications-per-address", "100 per 1m");
        membershipService.put("svuk.throttling.sign-ins-per-address", "300 per 1m");
        membershipService.put("svuk.throttling.password-resets-per-address", "50 per 1m");

        Map<String, String> trainingService = new LinkedHashMap<>();
        trainingService.put("server.port", String.valueOf(ports.training()));
        trainingService.put("spring.mongodb.uri", mongo + "training");
        trainingService.put("spring.kafka.bootstrap-servers", kafka);
        trainingService.putAll(trustMembershipTokens);

        Map<String, String> notificationService = new LinkedHashMap<>();
        notificationService.put("server.port", String.valueOf(ports.notification()));
        notificationService.put("spring.mongodb.uri", mongo + "notification");
        notificationService.put("spring.kafka.bootstrap-servers", kafka);
        notificationService.put("spring.mail.host", "localhost");
        notificationService.put("spring.mail.port", String.valueOf(ports.smtp()));
        notificationService.put("svuk.notifications.unsubscribe-secret", UNSUBSCRIBE_SECRET);
        notificationService.put("svuk.notifications.public-base-url", portal);
        notificationService.put("svuk.notifications.link-opening-key-file",
                LinkKeys.folder(dataDirectory).resolve(LinkKeys.PRIVATE_KEY).toString());
        notificationService.putAll(trustMembershipTokens);

        Map<String, Service> services = new LinkedHashMap<>();
        for (Service service : List.of(
                new Service("web-portal", PORTAL_JVM, webPortal, "council officers and SVUK staff sign in here"),
                new Service("membership-service", SERVICE_JVM, membershipService, swaggerUi(membership)),
                new Service("training-service", SERVICE_JVM, trainingService, swaggerUi(training)),
                new Service("notification-service", SERVICE_JVM, notificationService, swaggerUi(notification)))) {
            services.put(service.name(), service);
        }
        return services;
    }

    /** What the launcher starts: each one's jar, port, JVM options and settings as arguments. */
    static Map<String, ServiceProcess.Definition> definitions(Settings settings) {
        Map<String, ServiceProcess.Definition> definitions = new LinkedHashMap<>();
        services(settings.ports(), settings.dataDirectory()).forEach((name, service) ->
                definitions.put(name, service.definition()));
        return definitions;
    }

    private static String swaggerUi(String url) {
        return "Swagger UI " + url + "/swagger-ui.html";
    }
}
