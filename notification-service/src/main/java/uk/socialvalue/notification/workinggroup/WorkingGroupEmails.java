package uk.socialvalue.notification.workinggroup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.socialvalue.contracts.EventTypes;
import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.MeetingDetails;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationAnswered;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationCancelled;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationIssued;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationUpdated;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationWithdrawn;
import uk.socialvalue.notification.delivery.NotificationRequest;
import uk.socialvalue.notification.email.CalendarEntry;
import uk.socialvalue.notification.email.EmailKind;
import uk.socialvalue.notification.email.LondonTime;
import uk.socialvalue.notification.email.WebLink;

/**
 * Which emails working-group invitations cause: each goes to the invitee alone, and keeps the meeting in their
 * calendar in step with their answer. The invitation and an acceptance put it in ({@code REQUEST}); a decline
 * and a withdrawal take it out ({@code CANCEL}). A meeting being scheduled sends nothing: its invitations
 * follow as events of their own.
 */
public final class WorkingGroupEmails {

    private WorkingGroupEmails() {
    }

    public static List<NotificationRequest> requestsFor(IntegrationEvent event) {
        if (event instanceof WorkingGroupInvitationIssued issued && issued.sealedAcceptUrl() == null) {
            return List.of(); // version 1, read only for its history: its plain links are not read
        }
        if (event instanceof WorkingGroupInvitationIssued issued) {
            Map<String, String> details = new HashMap<>();
            putIfPresent(details, "acceptUrl", issued.sealedAcceptUrl()); // opened when the email is built
            putIfPresent(details, "declineUrl", issued.sealedDeclineUrl());
            return request(issued, EmailKind.WORKING_GROUP_INVITATION, issued.meeting(), issued.invitee(), details,
                    CalendarEntry.Method.REQUEST, CalendarEntry.Participation.NEEDS_ACTION);
        }
        if (event instanceof WorkingGroupInvitationAnswered answered) {
            boolean accepted = answered.answer() == RsvpAnswer.ACCEPTED;
            Map<String, String> details = new HashMap<>();
            details.put("answer", accepted ? "accepted" : "declined");
            if (accepted) {
                details.put("accepted", "true");
            }
            return request(answered, EmailKind.WORKING_GROUP_ANSWER, answered.meeting(), answered.invitee(), details,
                    accepted ? CalendarEntry.Method.REQUEST : CalendarEntry.Method.CANCEL,
                    accepted ? CalendarEntry.Participation.ACCEPTED : CalendarEntry.Participation.NEEDS_ACTION);
        }
        if (event instanceof WorkingGroupInvitationUpdated updated) {
            Map<String, String> details = new HashMap<>();
            MeetingDetails previous = updated.previous();
            MeetingDetails now = updated.meeting();
            if (!previous.startsAt().equals(now.startsAt()) || !previous.endsAt().equals(now.endsAt())) {
                details.put("timesChanged", "true");
                putIfPresent(details, "previousMeetingTime", LondonTime.span(previous.startsAt(), previous.endsAt()));
            }
            if (!Objects.equals(previous.venue(), now.venue())) {
                details.put("placeChanged", "true");
                details.put("previousPlace", previous.venue() == null ? "online only" : previous.venue());
            }
            if (!Objects.equals(previous.onlineUrl(), now.onlineUrl())) {
                details.put("linkChanged", "true");
            }
            if (!Objects.equals(previous.title(), now.title())
                    || !Objects.equals(previous.agenda(), now.agenda())) {
                details.put("detailsChanged", "true");
            }
            if (updated.accepted()) {
                details.put("accepted", "true");
            }
            return request(updated, EmailKind.WORKING_GROUP_MEETING_CHANGED, now, updated.invitee(), details,
                    CalendarEntry.Method.REQUEST, updated.accepted() ? CalendarEntry.Participation.ACCEPTED
                            : CalendarEntry.Participation.NEEDS_ACTION);
        }
        if (event instanceof WorkingGroupInvitationCancelled cancelled) {
            Map<String, String> details = new HashMap<>();
            putIfPresent(details, "reason", cancelled.reason());
            return request(cancelled, EmailKind.WORKING_GROUP_MEETING_CANCELLED, cancelled.meeting(),
                    cancelled.invitee(), details, CalendarEntry.Method.CANCEL, CalendarEntry.Participation.NEEDS_ACTION);
        }
        if (event instanceof WorkingGroupInvitationWithdrawn withdrawn) {
            Map<String, String> details = new HashMap<>();
            putIfPresent(details, "reason", withdrawn.reason());
            return request(withdrawn, EmailKind.WORKING_GROUP_INVITATION_WITHDRAWN, withdrawn.meeting(),
                    withdrawn.invitee(), details, CalendarEntry.Method.CANCEL, CalendarEntry.Participation.NEEDS_ACTION);
        }
        return List.of();
    }

    private static List<NotificationRequest> request(IntegrationEvent event, EmailKind kind, MeetingDetails meeting,
            Invitee invitee, Map<String, String> details, CalendarEntry.Method method,
            CalendarEntry.Participation participation) {
        if (meeting == null || invitee == null || invitee.email() == null || invitee.email().isBlank()) {
            return List.of();
        }
        Map<String, String> model = new HashMap<>(details);
        putIfPresent(model, "organisationName", invitee.organisationName());
        putIfPresent(model, "workingGroupName", meeting.workingGroupName());
        putIfPresent(model, "meetingTitle", meeting.title());
        putIfPresent(model, "agenda", meeting.agenda());
        putIfPresent(model, "meetingDate", LondonTime.day(meeting.startsAt()));
        putIfPresent(model, "meetingTime", LondonTime.span(meeting.startsAt(), meeting.endsAt()));
        putIfPresent(model, "venue", meeting.venue());
        putIfPresent(model, "onlineUrl", WebLink.orNull(meeting.onlineUrl()));
        model.putAll(calendarEntry(event, meeting, method, participation).toModel());
        return List.of(new NotificationRequest(event.eventId(), EventTypes.of(event.getClass()).typeId(), kind,
                invitee.email(), invitee.name(), model));
    }

    private static CalendarEntry calendarEntry(IntegrationEvent event, MeetingDetails meeting,
            CalendarEntry.Method method, CalendarEntry.Participation participation) {
        String onlineUrl = WebLink.orNull(meeting.onlineUrl());
        String location = meeting.venue() != null ? meeting.venue() : onlineUrl;
        StringBuilder description = new StringBuilder("Social Value UK working group: ")
                .append(meeting.workingGroupName());
        if (onlineUrl != null) {
            description.append("\nJoin online: ").append(onlineUrl);
        }
        if (meeting.agenda() != null && !meeting.agenda().isBlank()) {
            description.append("\n\n").append(meeting.agenda());
        }
        return new CalendarEntry(method, CalendarEntry.meetingUid(meeting.meetingId()),
                CalendarEntry.sequence(meeting.calendarSequence(), event.occurredAt(), method), event.occurredAt(),
                meeting.startsAt(), meeting.endsAt(), meeting.title(), location, description.toString(), participation);
    }

    private static void putIfPresent(Map<String, String> model, String name, String value) {
        if (value != null && !value.isBlank()) {
            model.put(name, value);
        }
    }
}
