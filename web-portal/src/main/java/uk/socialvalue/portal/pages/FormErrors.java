package uk.socialvalue.portal.pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import uk.socialvalue.portal.api.ServiceProblem;

/**
 * What was wrong with a form, for the GOV.UK error summary at the top of the page (each message a link to its
 * field) and the message beside each field. A refusal that names no field (a 409) is a plain message.
 */
public final class FormErrors implements Serializable {

    /** One field's message, with the field's name as the form posts it. */
    public record FieldMessage(String field, String message) implements Serializable {
    }

    private static final FormErrors NONE = new FormErrors(List.of(), null);

    private final List<FieldMessage> fields;
    private final String problem;

    private FormErrors(List<FieldMessage> fields, String problem) {
        this.fields = List.copyOf(fields);
        this.problem = problem;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(String field, String message) {
        return new FormErrors(List.of(new FieldMessage(field, message)), null);
    }

    public static FormErrors of(List<FieldMessage> fields) {
        return new FormErrors(fields, null);
    }

    public static FormErrors problem(String message) {
        return new FormErrors(List.of(), message);
    }

    /**
     * A service's refusal in the form's terms: each field it names, renamed to the form's field and labelled,
     * or its explanation as a plain message when it names none.
     */
    public static FormErrors from(ServiceProblem refusal, FormFields form) {
        List<FieldMessage> messages = new ArrayList<>();
        for (ServiceProblem.FieldProblem error : refusal.errors()) {
            String field = form.formName(error.field());
            messages.add(new FieldMessage(field, form.sentence(field, error.message())));
        }
        Object namedField = refusal.properties().get("field");
        if (messages.isEmpty() && namedField instanceof String apiField && form.knows(apiField)) {
            messages.add(new FieldMessage(form.formName(apiField), refusal.detail()));
        }
        String conflictField = form.fieldOfConflict(refusal.properties());
        if (messages.isEmpty() && conflictField != null) {
            messages.add(new FieldMessage(conflictField, refusal.detail()));
        }
        return messages.isEmpty() ? problem(refusal.detail()) : new FormErrors(messages, null);
    }

    public boolean any() {
        return !fields.isEmpty() || problem != null;
    }

    public boolean has(String field) {
        return fields.stream().anyMatch(error -> error.field().equals(field));
    }

    /** The message beside a field, or {@code null}. */
    public String message(String field) {
        return fields.stream().filter(error -> error.field().equals(field)).map(FieldMessage::message).findFirst()
                .orElse(null);
    }

    public List<FieldMessage> list() {
        return fields;
    }

    public String problem() {
        return problem;
    }

    /** The HTML id of a field's input: {@code attendees[0].email} becomes {@code attendees-0-email}. */
    public String id(String field) {
        return idFor(field);
    }

    public static String idFor(String field) {
        return field.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-+$", "");
    }
}
