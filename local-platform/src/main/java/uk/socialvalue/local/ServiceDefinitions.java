package uk.socialvalue.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the local stack runs, and how it sets each service up: only the settings that its own
 * {@code application.yml} cannot know, namely where everything listens (tests move the stack to free ports)
 * and the local-only credentials. {@code docker-compose.yml} sets the same settings for its containers;
 * {@code LocalStackConfigurationTests} checks that the two, and each service's {@code application.yml},
 * agree.
 */
final class ServiceDefinitions {

    static final String ADMIN_EMAIL = "admin@svuk.local";
    /** Local stack only: documented in the README, never a default outside it. */
    static final String ADMIN_PASSWORD = "local-admin-password";
    /** Local stack only: signs unsubscribe links; notification-service has no default for it. */
    static final String UNSUBSCRIBE_SECRET = "local-only-unsubscribe-secret-do-not-use-elsewhere";

    private ServiceDefinitions() {
    }

    /** The services in the order they are listed, each with its settings by property name. */
    static Map<String, Map<String, String>> settings(Settings.Ports ports, Path dataDirectory) {
        String mongo = "mongodb://localhost:" + ports.mongo() + "/";
        String kafka = "localhost:" + ports.kafka();
        String membership = "http://localhost:" + ports.membership();

        Map<String, String> trustMembershipTokens = new LinkedHashMap<>();
        trustMembershipTokens.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", membership);
        trustMembershipTokens.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                membership + "/.well-known/jwks.json");

        Map<String, String> membershipService = new LinkedHashMap<>();
        membershipService.put("server.port", String.valueOf(ports.membership()));
        membershipService.put("spring.mongodb.uri", mongo + "membership");
        membershipService.put("spring.kafka.bootstrap-servers", kafka);
        membershipService.put("svuk.auth.issuer", membership);
        membershipService.put("svuk.auth.signing-key-file",
                dataDirectory.resolve("membership").resolve("jwt-signing-key.json").toString());
        membershipService.put("svuk.bootstrap-admin.email", ADMIN_EMAIL);
        membershipService.put("svuk.bootstrap-admin.password", ADMIN_PASSWORD);
        membershipService.put("svuk.links.base-url", membership);

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
        notificationService.put("svuk.notifications.public-base-url", "http://localhost:" + ports.notification());
        notificationService.putAll(trustMembershipTokens);

        Map<String, Map<String, String>> services = new LinkedHashMap<>();
        services.put("membership-service", membershipService);
        services.put("training-service", trainingService);
        services.put("notification-service", notificationService);
        return services;
    }

    /** The services as the launcher starts them: each its jar, its port and its settings as arguments. */
    static Map<String, ServiceProcess.Definition> definitions(Settings settings) {
        Map<String, ServiceProcess.Definition> definitions = new LinkedHashMap<>();
        settings(settings.ports(), settings.dataDirectory()).forEach((name, properties) ->
                definitions.put(name, new ServiceProcess.Definition(name, Integer.parseInt(properties.get("server.port")),
                        properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toList())));
        return definitions;
    }
}
