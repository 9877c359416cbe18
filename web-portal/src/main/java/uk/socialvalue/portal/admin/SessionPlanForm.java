package uk.socialvalue.portal.admin;

import java.time.Instant;

import uk.socialvalue.portal.api.TrainingApi;

/**
 * A session's plan as staff type it: when, in person at a venue or online with a joining link, and how many
 * places. Scheduling a session adds its course and prices ({@link SessionForm}); rescheduling changes only this.
 */
public class SessionPlanForm extends ScheduleForm {

    private String format = "";
    private String capacity = "";

    /** The form showing a session's plan as it stands, to be changed. */
    static SessionPlanForm of(TrainingApi.Session session) {
        SessionPlanForm form = new SessionPlanForm();
        form.showTimes(session.startsAt(), session.endsAt());
        form.setFormat(session.format());
        form.setVenue(session.venue());
        form.setOnlineUrl(session.onlineUrl());
        form.setCapacity(String.valueOf(session.capacity()));
        return form;
    }

    /** The places as a number, or one training-service refuses naming the field, or {@code null} when blank. */
    Integer seats() {
        try {
            return capacity.isBlank() ? null : Integer.valueOf(capacity);
        } catch (NumberFormatException e) {
            return -1; // training-service names the field
        }
    }

    /**
     * The changes to send: every part of the plan, the venue only for a session in person and the link only for
     * one online (training-service drops the other when the format changes).
     */
    TrainingApi.SessionChanges toChanges(Instant startsAt, Instant endsAt) {
        String newFormat = CourseForm.blankToNull(format);
        return new TrainingApi.SessionChanges(startsAt, endsAt, newFormat,
                "ONLINE".equals(newFormat) ? null : CourseForm.blankToNull(getVenue()),
                "ONLINE".equals(newFormat) ? CourseForm.blankToNull(getOnlineUrl()) : null, seats());
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format == null ? "" : format.strip();
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity == null ? "" : capacity.strip();
    }
}
