package uk.socialvalue.portal.admin;

import java.time.Instant;

import uk.socialvalue.portal.api.MembershipApi;

/** A new meeting of a working group. */
public class MeetingForm extends ScheduleForm {

    private String title = "";
    private String agenda = "";

    MembershipApi.NewMeeting toMeeting(Instant startsAt, Instant endsAt) {
        return new MembershipApi.NewMeeting(title, CourseForm.blankToNull(agenda), startsAt, endsAt,
                CourseForm.blankToNull(getVenue()), CourseForm.blankToNull(getOnlineUrl()));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title.strip();
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda == null ? "" : agenda.strip();
    }
}
