package uk.socialvalue.portal.admin;

import java.time.Instant;

import uk.socialvalue.portal.api.TrainingApi;

/** A new session of a course: when, where, how many places and the prices per place before VAT. */
public class SessionForm extends ScheduleForm {

    private String courseId = "";
    private String format = "";
    private String capacity = "";
    private String memberPrice = "";
    private String nonMemberPrice = "";

    TrainingApi.NewSession toSession(Instant startsAt, Instant endsAt) {
        Integer seats;
        try {
            seats = capacity.isBlank() ? null : Integer.valueOf(capacity);
        } catch (NumberFormatException e) {
            seats = -1; // training-service names the field
        }
        return new TrainingApi.NewSession(courseId, startsAt, endsAt, CourseForm.blankToNull(format),
                CourseForm.blankToNull(getVenue()), CourseForm.blankToNull(getOnlineUrl()), seats,
                CourseForm.blankToNull(memberPrice), CourseForm.blankToNull(nonMemberPrice), null);
    }

    public String getCourseId() {
        return courseId;
    }

    public void setCourseId(String courseId) {
        this.courseId = courseId == null ? "" : courseId.strip();
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

    public String getMemberPrice() {
        return memberPrice;
    }

    public void setMemberPrice(String memberPrice) {
        this.memberPrice = memberPrice == null ? "" : memberPrice.strip();
    }

    public String getNonMemberPrice() {
        return nonMemberPrice;
    }

    public void setNonMemberPrice(String nonMemberPrice) {
        this.nonMemberPrice = nonMemberPrice == null ? "" : nonMemberPrice.strip();
    }
}
