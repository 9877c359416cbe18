package uk.socialvalue.membership.workinggroup;

import java.time.Instant;

/**
 * What an admin says about a meeting they schedule.
 *
 * @param title      e.g. "Social value in adult social care procurement"
 * @param agenda     free text
 * @param startsAt   when it starts
 * @param endsAt     when it ends, after it starts
 * @param venue      where, for an in-person meeting
 * @param onlineUrl  the https joining link, for an online meeting; a meeting has a venue, a link or both
 */
public record MeetingPlan(String title, String agenda, Instant startsAt, Instant endsAt, String venue,
        String onlineUrl) {
}
