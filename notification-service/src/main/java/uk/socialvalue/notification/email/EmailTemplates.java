package uk.socialvalue.notification.email;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders emails from the Thymeleaf templates under {@code classpath:templates/email}: {@code html/<kind>.html}
 * inside {@code html/layout.html}, and {@code text/<kind>.txt}.
 * <p>
 * A standalone engine rather than Boot's web one: email is not a view. It is the Spring flavour only for its
 * expression language (SpEL instead of OGNL). The HTML template mode escapes every {@code th:text} value, so
 * nothing a person typed can become markup.
 */
@Component
public class EmailTemplates {

    private static final String ROOT = "templates/email/";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    EmailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "html/*", ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "text/*", ".txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, String suffix, int order) {
        var resolver = new ClassLoaderTemplateResolver(EmailTemplates.class.getClassLoader());
        resolver.setPrefix(ROOT);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /**
     * Renders an email of the given kind.
     *
     * @param recipientName   how to greet the recipient, or {@code null}
     * @param model           the values the templates show, as recorded with the notification
     * @param unsubscribeUrl  the one-click unsubscribe link for non-essential mail, else {@code null}
     */
    public RenderedEmail render(EmailKind kind, String recipientName, Map<String, String> model,
            String unsubscribeUrl) {
        String subject = kind.subject(model);
        var context = new Context(Locale.UK);
        model.forEach(context::setVariable);
        context.setVariable("recipientName", recipientName == null || recipientName.isBlank() ? "colleague"
                : SingleLine.of(recipientName));
        context.setVariable("subject", subject);
        context.setVariable("receivingBecause", kind.receivingBecause(model));
        context.setVariable("categoryLabel", kind.category().label());
        context.setVariable("unsubscribeUrl", unsubscribeUrl);
        String html = engine.process("html/" + kind.template(), context);
        String text = engine.process("text/" + kind.template(), context);
        return new RenderedEmail(subject, text, html);
    }
}
