package uk.socialvalue.portal.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import uk.socialvalue.portal.api.TrainingApi;

/**
 * A new accreditation track: its name, its courses in order (level 1 first; one select per level, those left
 * blank ignored) and how many months a completed level stays valid.
 */
public class TrackForm implements Serializable {

    /** The levels the form offers; training-service takes up to ten. */
    static final int LEVELS = 5;

    private String name = "";
    private List<String> courseIds = new ArrayList<>(blankLevels());
    private String validityMonths = "";

    private static List<String> blankLevels() {
        return new ArrayList<>(List.of("", "", "", "", ""));
    }

    TrainingApi.NewTrack toTrack() {
        Integer months;
        try {
            months = validityMonths.isBlank() ? null : Integer.valueOf(validityMonths);
        } catch (NumberFormatException e) {
            months = 0; // training-service names the field
        }
        return new TrainingApi.NewTrack(name, courseIds.stream().filter(id -> id != null && !id.isBlank()).toList(),
                months);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public List<String> getCourseIds() {
        return courseIds;
    }

    public void setCourseIds(List<String> courseIds) {
        List<String> levels = blankLevels();
        for (int i = 0; courseIds != null && i < Math.min(LEVELS, courseIds.size()); i++) {
            levels.set(i, courseIds.get(i) == null ? "" : courseIds.get(i).strip());
        }
        this.courseIds = levels;
    }

    public String getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(String validityMonths) {
        this.validityMonths = validityMonths == null ? "" : validityMonths.strip();
    }
}
