package uk.socialvalue.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the local stack runs, the three services (once each, or more: {@code --instances}) and the web portal,
 * and how it sets each one up: how its JVM is sized, and only the settings that its own {@code application.yml}
 * cannot know, namely where everything listens (tests move the stack to free ports), how many brokers there
 * are, and the local-only credentials. {@code docker-compose.yml} sets
 * the same settings and JVM options for its containers; {@code LocalStackConfigurationTests} checks that the
 * two, and each one's {@code application.yml}, agree.
 */
final class ServiceDefinitions {

    static final String ADMIN_EMAIL = "admin@svuk.local";
    /** Local stack only: documented in the README, never a default outside it. */
    static final String ADMIN_PASSWORD = "local-admin-password";
    /** Local stack only: signs unsubscribe links; notification-service has no default for it. */
    static final String UNSUBSCRIBE_SECRET = "local-only-unsubscribe-secret-do-not-use-elsewhere";
    /** Local stack only: signs the links to certificates; training-service has no default for it. */
    static final String CERTIFICATE_LINK_SECRET = "local-only-certificate-link-secret-do-not-use-elsewhere";
    /** Local stack only: not a real VAT number; invoices anywhere else need SVUK's own. */
    static final String VAT_NUMBER = "GB000000000-LOCAL";

    /**
     * How every service's JVM runs locally, sized for a laptop running the whole platform in well under 1.2 GB:
     * a service's live data is tens of MB, so a 192 MB heap is ample; the serial collector needs no extra
     * threads or regions and hands memory back when the heap shrinks; and a lean metaspace, code cache and
     * thread stacks (every JVM of the stack also runs C1 only, see {@link ServiceProcess}). The figures are in
     * the README's Performance section.
     */
    static final List<String> SERVICE_JVM = List.of("-XX:+UseSerialGC", "-Xms48m", "-Xmx192m",
            "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=48m", "-Xss512k", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30", "-XX:+ExitOnOutOfMemoryError");
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
     * One process of the stack: a deployable, or one instance of one when a service runs more than once.
     *
     * @param name        how the launcher calls it: the deployable's name, then {@code -2}, {@code -3}... for
     *                    further instances
     * @param module      the deployable, whose executable jar it runs
     * @param jvmOptions  how its JVM is sized, also in docker-compose ({@code JAVA_TOOL_OPTIONS})
     * @param properties  its settings by property name, {@code server.port} among them
     * @param also        what the launcher's table says beside its address
     */
    record Service(String name, String module, List<String> jvmOptions, Map<String, String> properties,
            String also) {

        int port() {
            return Integer.parseInt(properties.get("server.port"));
        }

        /** Where its health and metrics are served: its management port, if it has one, else its own. */
        int managementPort() {
            String management = properties.get("management.server.port");
            return management == null ? port() : Integer.parseInt(management);
        }

        ServiceProcess.Definition definition() {
            return new ServiceProcess.Definition(name, module, port(), managementPort(), jvmOptions,
                    properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toList(), also);
        }
    }

    /** Everything the stack runs with one instance of each service, in the order the launcher's table lists it. */
    static Map<String, Service> services(Settings.Ports ports, Path dataDirectory) {
        return services(ports, dataDirectory, 1);
    }

    /**
     * Everything the stack runs: the web portal, then each service {@code instances} times, every instance on a
     * port of its own with a management port of its own ({@link Settings.Ports}), on the one store and broker,
     * signing and trusting tokens with the one key file. The portal and the resource servers reach
     * membership-service through its first instance, as they would a load balancer's address.
     */
    static Map<String, Service> services(Settings.Ports ports, Path dataDirectory, int instances) {
        Map<String, Service> services = new LinkedHashMap<>();
        for (Service first : firstInstances(ports, dataDirectory).values()) {
            services.put(first.name(), first);
        }
        for (int instance = 2; instance <= instances; instance++) {
            for (Service first : firstInstances(ports, dataDirectory).values()) {
                if (first.properties().containsKey("management.server.port")) {
                    services.put(first.name() + "-" + instance, another(first, instance));
                }
            }
        }
        return services;
    }

    /** Instance {@code instance} of a service: the first one's settings, on its own ports. */
    private static Service another(Service first, int instance) {
        int port = Settings.Ports.ofInstance(first.port(), instance);
        Map<String, String> properties = new LinkedHashMap<>(first.properties());
        properties.put("server.port", String.valueOf(port));
        properties.put("management.server.port", String.valueOf(Settings.Ports.management(port)));
        return new Service(first.name() + "-" + instance, first.module(), first.jvmOptions(), properties,
                "instance " + instance + " of " + first.name());
    }

    private static Map<String, Service> firstInstances(Settings.Ports ports, Path dataDirectory) {
        String mongo = "mongodb://localhost:" + ports.mongo() + "/";
        String kafka = "localhost:" + ports.kafka();
        String membership = "http://localhost:" + ports.membership();
        String training = "http://localhost:" + ports.training();
        String notification = "http://localhost:" + ports.notification();
        // Emailed links (set password, RSVP, unsubscribe) open the web portal's pages.
        String portal = "http://localhost:" + ports.portal();

        // One broker: one copy of each record, acknowledged once it has it (production: 3 and 2, the defaults).
        Map<String, String> oneBroker = new LinkedHashMap<>();
        oneBroker.put("svuk.events.topics.replication-factor", "1");
        oneBroker.put("svuk.events.topics.min-insync-replicas", "1");

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
        membershipService.put("management.server.port", String.valueOf(Settings.Ports.management(ports.membership())));
        membershipService.put("spring.mongodb.uri", mongo + "membership");
        membershipService.put("spring.kafka.bootstrap-servers", kafka);
        membershipService.putAll(oneBroker);
        membershipService.put("svuk.auth.issuer", membership);
        membershipService.put("svuk.auth.signing-key-file",
                dataDirectory.resolve("membership").resolve("jwt-signing-key.json").toString());
        membershipService.put("svuk.bootstrap-admin.email", ADMIN_EMAIL);
        membershipService.put("svuk.bootstrap-admin.password", ADMIN_PASSWORD);
        membershipService.put("svuk.links.base-url", portal);
        membershipService.put("svuk.membership.invoicing.vat-number", VAT_NUMBER);
        membershipService.put("svuk.links.sealing-key-file",
                LinkKeys.folder(dataDirectory).resolve(LinkKeys.PUBLIC_KEY).toString());
        // Local stack only: scripts on one machine apply and sign in in bursts from one address. The limit of 5
        // wrong passwords per email address stays as it is everywhere.
        membershipService.put("svuk.throttling.applications-per-address", "100 per 1m");
        membershipService.put("svuk.throttling.sign-ins-per-address", "300 per 1m");
        membershipService.put("svuk.throttling.password-resets-per-address", "50 per 1m");

        Map<String, String> trainingService = new LinkedHashMap<>();
        trainingService.put("server.port", String.valueOf(ports.training()));
        trainingService.put("management.server.port", String.valueOf(Settings.Ports.management(ports.training())));
        trainingService.put("spring.mongodb.uri", mongo + "training");
        trainingService.put("spring.kafka.bootstrap-servers", kafka);
        trainingService.putAll(oneBroker);
        trainingService.put("svuk.training.certificates.link-secret", CERTIFICATE_LINK_SECRET);
        trainingService.put("svuk.training.certificates.public-base-url", "http://localhost:" + ports.training());
        trainingService.put("svuk.links.sealing-key-file",
                LinkKeys.folder(dataDirectory).resolve(LinkKeys.PUBLIC_KEY).toString());
        trainingService.put("svuk.training.invoicing.vat-number", VAT_NUMBER);
        trainingService.putAll(trustMembershipTokens);

        Map<String, String> notificationService = new LinkedHashMap<>();
        notificationService.put("server.port", String.valueOf(ports.notification()));
        notificationService.put("management.server.port",
                String.valueOf(Settings.Ports.management(ports.notification())));
        notificationService.put("spring.mongodb.uri", mongo + "notification");
        notificationService.put("spring.kafka.bootstrap-servers", kafka);
        notificationService.putAll(oneBroker);
        notificationService.put("spring.mail.host", "localhost");
        notificationService.put("spring.mail.port", String.valueOf(ports.smtp()));
        notificationService.put("svuk.notifications.unsubscribe-secret", UNSUBSCRIBE_SECRET);
        notificationService.put("svuk.notifications.public-base-url", portal);
        notificationService.put("svuk.notifications.link-opening-key-file",
                LinkKeys.folder(dataDirectory).resolve(LinkKeys.PRIVATE_KEY).toString());
        notificationService.putAll(trustMembershipTokens);

        Map<String, Service> services = new LinkedHashMap<>();
        for (Service service : List.of(
                new Service("web-portal", "web-portal", PORTAL_JVM, webPortal,
                        "council officers and SVUK staff sign in here"),
                new Service("membership-service", "membership-service", SERVICE_JVM, membershipService,
                        swaggerUi(membership)),
                new Service("training-service", "training-service", SERVICE_JVM, trainingService,
                        swaggerUi(training)),
                new Service("notification-service", "notification-service", SERVICE_JVM, notificationService,
                        swaggerUi(notification)))) {
            services.put(service.name(), service);
        }
        return services;
    }

    /** What the launcher starts: each one's jar, ports, JVM options and settings as arguments. */
    static Map<String, ServiceProcess.Definition> definitions(Settings settings) {
        Map<String, ServiceProcess.Definition> definitions = new LinkedHashMap<>();
        services(settings.ports(), settings.dataDirectory(), settings.instances()).forEach((name, service) -> {
            Map<String, String> properties = new LinkedHashMap<>(service.properties());
            properties.putAll(settings.overrides().getOrDefault(service.module(), Map.of()));
            definitions.put(name, new Service(service.name(), service.module(), service.jvmOptions(), properties,
                    service.also()).definition());
        });
        return definitions;
    }

    private static String swaggerUi(String url) {
        return "Swagger UI " + url + "/swagger-ui.html";
    }
}
