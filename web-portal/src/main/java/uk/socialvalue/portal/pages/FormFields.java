package uk.socialvalue.portal.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a form's fields relate to an API's: the API's name for each ({@code contact.email}), the form's
 * ({@code email}), and the label a person reads ("Email address"), so that a service's 400 becomes an error
 * summary in the form's own words. Indexed rows ({@code attendees[0].email}) keep their index.
 */
public final class FormFields {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final Map<String, String> formNames = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> conflicts = new LinkedHashMap<>();

    public static FormFields create() {
        return new FormFields();
    }

    /** A field the API and the form name alike. */
    public FormFields field(String name, String label) {
        return field(name, name, label);
    }

    public FormFields field(String apiName, String formName, String label) {
        formNames.put(apiName, formName);
        labels.put(formName, label);
        return this;
    }

    /**
     * A refusal (409) that carries {@code property} in its problem detail is about this form field: its
     * explanation goes beside the field ("The capacity cannot go below the 12 seats already confirmed", with
     * {@code confirmedSeats}, beside "Places").
     */
    public FormFields conflictOn(String property, String formName) {
        conflicts.put(property, formName);
        return this;
    }

    /** The form field a refusal with these problem-detail properties is about, or {@code null}. */
    String fieldOfConflict(Map<String, Object> properties) {
        return conflicts.entrySet().stream().filter(entry -> properties.containsKey(entry.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    boolean knows(String apiName) {
        return formNames.containsKey(generic(apiName));
    }

    String formName(String apiName) {
        String mapped = formNames.get(generic(apiName));
        if (mapped == null) {
            return apiName;
        }
        Matcher index = INDEX.matcher(apiName);
        return index.find() ? mapped.replace("[]", "[" + index.group(1) + "]") : mapped;
    }

    /** "Email address must be a well-formed email address"; a row's label says which row. */
    String sentence(String formName, String message) {
        String label = labels.get(generic(formName));
        if (label == null) {
            label = formName;
        }
        Matcher index = INDEX.matcher(formName);
        if (index.find()) {
            label = label.replace("{n}", String.valueOf(Integer.parseInt(index.group(1)) + 1));
        }
        return label + " " + message;
    }

    private static String generic(String name) {
        return INDEX.matcher(name).replaceAll("[]");
    }
}
