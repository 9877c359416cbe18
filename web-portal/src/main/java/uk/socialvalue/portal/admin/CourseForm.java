package uk.socialvalue.portal.admin;

import java.io.Serializable;

import uk.socialvalue.portal.api.TrainingApi;

/** A new course. */
public class CourseForm implements Serializable {

    private String code = "";
    private String title = "";
    private String summary = "";
    private String audience = "";
    private String durationHours = "";
    private String cpdHours = "";

    TrainingApi.CourseDetails toDetails() {
        return new TrainingApi.CourseDetails(code, title, summary, blankToNull(audience), blankToNull(durationHours),
                blankToNull(cpdHours));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? "" : code.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title.strip();
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null ? "" : summary.strip();
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience == null ? "" : audience.strip();
    }

    public String getDurationHours() {
        return durationHours;
    }

    public void setDurationHours(String durationHours) {
        this.durationHours = durationHours == null ? "" : durationHours.strip();
    }

    public String getCpdHours() {
        return cpdHours;
    }

    public void setCpdHours(String cpdHours) {
        this.cpdHours = cpdHours == null ? "" : cpdHours.strip();
    }
}
