package uk.socialvalue.portal.admin;

import java.time.Instant;

import uk.socialvalue.portal.api.MembershipApi;

/** A meeting of a working group, new or changed. */
public class MeetingForm extends ScheduleForm {

    private String title = "";
    private String agenda = "";

    /** The form showing a meeting as it stands, to be changed. */
    static MeetingForm of(MembershipApi.Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.setTitle(meeting.title());
        form.setAgenda(meeting.agenda());
        form.showTimes(meeting.startsAt(), meeting.endsAt());
        form.setVenue(meeting.venue());
        form.setOnlineUrl(meeting.onlineUrl());
        return form;
    }

    /** Every part of the meeting as the form holds it: an emptied venue or link is removed. */
    MembershipApi.MeetingChanges toChanges(Instant startsAt, Instant endsAt) {
        return new MembershipApi.MeetingChanges(title, agenda, startsAt, endsAt, getVenue(), getOnlineUrl());
    }

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
