package uk.socialvalue.portal.admin;

import java.time.Instant;

import uk.socialvalue.portal.api.TrainingApi;

/** A new session of a course: when, where, how many places and the prices per place before VAT. */
public class SessionForm extends SessionPlanForm {

    private String courseId = "";
    private String memberPrice = "";
    private String nonMemberPrice = "";

    TrainingApi.NewSession toSession(Instant startsAt, Instant endsAt) {
        return new TrainingApi.NewSession(courseId, startsAt, endsAt, CourseForm.blankToNull(getFormat()),
                CourseForm.blankToNull(getVenue()), CourseForm.blankToNull(getOnlineUrl()), seats(),
                CourseForm.blankToNull(memberPrice), CourseForm.blankToNull(nonMemberPrice), null);
    }

    public String getCourseId() {
        return courseId;
    }

    public void setCourseId(String courseId) {
        this.courseId = courseId == null ? "" : courseId.strip();
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
