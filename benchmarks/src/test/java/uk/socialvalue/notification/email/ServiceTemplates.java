package uk.socialvalue.notification.email;

/**
 * notification-service's email templates as its Spring context builds them, for the in-process benchmarks, which
 * start no context: {@link EmailTemplates}' constructor is package-private, as befits a bean.
 */
public final class ServiceTemplates {

    private ServiceTemplates() {
    }

    public static EmailTemplates load() {
        return new EmailTemplates();
    }
}
