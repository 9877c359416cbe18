package uk.socialvalue.contracts.workinggroup;

import java.time.Instant;

/**
 * A working-group meeting as an invitation describes it. Times are instants; show them in Europe/London.
 *
 * @param meetingId         the meeting, stable across changes: the calendar entry's UID derives from it
 * @param workingGroupId    the group it belongs to
 * @param workingGroupName  e.g. "North West councils"
 * @param title             e.g. "Social value in adult social care procurement"
 * @param agenda            free text
 * @param startsAt          when it starts
 * @param endsAt            when it ends
 * @param venue             where, for an in-person meeting, else {@code null}
 * @param onlineUrl         the joining link, for an online meeting, else {@code null}
 * @param calendarSequence  the SEQUENCE of the meeting's calendar entry: 0 when scheduled, one more with every
 *                          change its invitees are told about (a change of plan, the cancellation); {@code null}
 *                          in events made before it was added, for which consumers fall back to what they did
 *                          before (notification-service derives a sequence from the event's time)
 */
public record MeetingDetails(String meetingId, String workingGroupId, String workingGroupName, String title,
        String agenda, Instant startsAt, Instant endsAt, String venue, String onlineUrl, Integer calendarSequence) {

    /** A meeting described without its calendar sequence, as events did before it was added. */
    public MeetingDetails(String meetingId, String workingGroupId, String workingGroupName, String title,
            String agenda, Instant startsAt, Instant endsAt, String venue, String onlineUrl) {
        this(meetingId, workingGroupId, workingGroupName, title, agenda, startsAt, endsAt, venue, onlineUrl, null);
    }
}
