package uk.socialvalue.notification.email;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar objects read back with ical4j as a mail client would read them. */
class CalendarInvitationsTests {

    private static final String SESSION_UID = CalendarEntry.sessionUid("s-1");
    // 15 June 2026 is in British Summer Time (UTC+1); 1 December 2026 in Greenwich Mean Time (UTC+0).
    private static final Instant SUMMER_START = Instant.parse("2026-06-15T09:00:00Z");
    private static final Instant WINTER_START = Instant.parse("2026-12-01T14:00:00Z");
    private static final Instant BOOKED_AT = Instant.parse("2026-05-01T08:30:00Z");

    private final CalendarInvitations invitations = new CalendarInvitations("no-reply@socialvalueuk.org",
            "Social Value UK");

    private static CalendarEntry entry(CalendarEntry.Method method, Instant startsAt, Instant occurredAt) {
        return new CalendarEntry(method, SESSION_UID, CalendarEntry.sequenceAt(occurredAt, method), occurredAt,
                startsAt, startsAt.plusSeconds(3 * 3600), "Social Value in Procurement", "The Lowry, Salford Quays",
                "Social Value UK training", CalendarEntry.Participation.ACCEPTED);
    }

    @Test
    void requestsASummerSessionInLondonTime() throws Exception {
        CalendarInvitation invitation = invitations.render(entry(CalendarEntry.Method.REQUEST, SUMMER_START, BOOKED_AT),
                "Ada@Salford.example", "Ada Lovelace");

        assertThat(invitation.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
        Calendar calendar = parse(invitation);
        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("REQUEST");
        VEvent event = event(calendar);
        assertThat(value(event.getProperty(Property.UID))).isEqualTo("session-s-1@svuk.socialvalueuk.org");
        assertThat(value(event.getProperty(Property.SUMMARY))).isEqualTo("Social Value in Procurement");
        assertThat(value(event.getProperty(Property.LOCATION))).isEqualTo("The Lowry, Salford Quays");
        assertThat(value(event.getProperty(Property.STATUS))).isEqualTo("CONFIRMED");
        assertThat(value(event.getProperty(Property.ORGANIZER))).isEqualTo("mailto:no-reply@socialvalueuk.org");
        assertThat(value(event.getProperty(Property.ATTENDEE))).isEqualTo("mailto:ada@salford.example");
        assertThat(invitation.content()).contains("CN=Ada Lovelace", "PARTSTAT=ACCEPTED", "RSVP=FALSE",
                "DTSTART;TZID=Europe/London:20260615T100000", "DTEND;TZID=Europe/London:20260615T130000");
        assertThat(start(event)).isEqualTo(SUMMER_START);
        assertThat(londonZone(calendar)).isNotNull();
    }

    @Test
    void keepsAWinterSessionInGreenwichMeanTime() throws Exception {
        CalendarInvitation invitation = invitations.render(entry(CalendarEntry.Method.REQUEST, WINTER_START, BOOKED_AT),
                "ada@salford.example", "Ada Lovelace");

        assertThat(invitation.content()).contains("DTSTART;TZID=Europe/London:20261201T140000",
                "DTEND;TZID=Europe/London:20261201T170000");
        assertThat(start(event(parse(invitation)))).isEqualTo(WINTER_START);
    }

    @Test
    void cancelsTheSameEntryWithAHigherSequence() throws Exception {
        Calendar request = parse(invitations.render(entry(CalendarEntry.Method.REQUEST, SUMMER_START, BOOKED_AT),
                "ada@salford.example", "Ada Lovelace"));
        Calendar cancellation = parse(invitations.render(entry(CalendarEntry.Method.CANCEL, SUMMER_START,
                BOOKED_AT.plusSeconds(60)), "ada@salford.example", "Ada Lovelace"));

        assertThat(value(cancellation.getProperty(Property.METHOD))).isEqualTo("CANCEL");
        assertThat(value(event(cancellation).getProperty(Property.STATUS))).isEqualTo("CANCELLED");
        assertThat(value(event(cancellation).getProperty(Property.UID)))
                .isEqualTo(value(event(request).getProperty(Property.UID)));
        assertThat(sequence(cancellation)).isGreaterThan(sequence(request));
    }

    @Test
    void ordersMessagesByTheTimeOfTheirEvent() {
        int booked = CalendarEntry.sequenceAt(BOOKED_AT, CalendarEntry.Method.REQUEST);

        assertThat(CalendarEntry.sequenceAt(BOOKED_AT, CalendarEntry.Method.CANCEL)).isGreaterThan(booked);
        assertThat(CalendarEntry.sequenceAt(BOOKED_AT.plusSeconds(1), CalendarEntry.Method.REQUEST))
                .isGreaterThan(CalendarEntry.sequenceAt(BOOKED_AT, CalendarEntry.Method.CANCEL));
        assertThat(CalendarEntry.sequenceAt(Instant.parse("2058-01-01T00:00:00Z"), CalendarEntry.Method.CANCEL))
                .isPositive();
    }

    @Test
    void makesTheSameMessageWhenAnEmailIsSentAgain() {
        CalendarEntry entry = entry(CalendarEntry.Method.REQUEST, SUMMER_START, BOOKED_AT);

        assertThat(CalendarEntry.fromModel(entry.toModel())).contains(entry);
        assertThat(invitations.render(entry, "ada@salford.example", "Ada").content())
                .isEqualTo(invitations.render(CalendarEntry.fromModel(entry.toModel()).orElseThrow(),
                        "ada@salford.example", "Ada").content());
    }

    @Test
    void keepsHostileTitlesAndNamesToOneEscapedProperty() throws Exception {
        String hostile = "Evil\r\nATTENDEE:mailto:victim@elsewhere.example; \"x\", <script>";
        var entry = new CalendarEntry(CalendarEntry.Method.REQUEST, SESSION_UID, 1, BOOKED_AT, SUMMER_START,
                SUMMER_START.plusSeconds(3600), hostile, hostile, hostile, CalendarEntry.Participation.ACCEPTED);

        Calendar calendar = parse(invitations.render(entry, "ada@salford.example", hostile));

        VEvent event = event(calendar);
        assertThat(event.getProperties(Property.ATTENDEE)).hasSize(1);
        assertThat(value(event.getProperty(Property.SUMMARY)))
                .isEqualTo("Evil ATTENDEE:mailto:victim@elsewhere.example; \"x\", <script>");
        assertThat(value(event.getProperty(Property.LOCATION))).doesNotContain("\n");
        assertThat(value(event.getProperty(Property.ATTENDEE))).isEqualTo("mailto:ada@salford.example");
    }

    @Test
    void usesTheBundledTimeZoneDataAndNeverTheNetwork() throws Exception {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
        assertThat(new TimeZoneUpdater().isEnabled()).isFalse();

        Calendar calendar = parse(invitations.render(entry(CalendarEntry.Method.REQUEST, SUMMER_START, BOOKED_AT),
                "ada@salford.example", "Ada"));

        // The zone is the definition shipped in the ical4j jar, with both of London's offsets.
        VTimeZone london = londonZone(calendar);
        assertThat(london.toString()).contains("TZNAME:GMT", "TZNAME:BST", "TZOFFSETTO:+0100");
    }

    @Test
    void rendersTheSameCalendarOnManySendersAtOnce() throws Exception {
        // every calendar shares the one London zone the renderer built: the senders render on threads of their own
        CalendarEntry summer = entry(CalendarEntry.Method.REQUEST, SUMMER_START, BOOKED_AT);
        CalendarEntry winter = entry(CalendarEntry.Method.CANCEL, WINTER_START, BOOKED_AT);
        String summerAlone = invitations.render(summer, "ada@salford.example", "Ada Lovelace").content();
        String winterAlone = invitations.render(winter, "ada@salford.example", "Ada Lovelace").content();

        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> rendered = new ArrayList<>();
        try {
            for (int i = 0; i < 400; i++) {
                boolean inSummer = i % 2 == 0;
                rendered.add(senders.submit(() -> inSummer
                        ? invitations.render(summer, "ada@salford.example", "Ada Lovelace").content().equals(summerAlone)
                        : invitations.render(winter, "ada@salford.example", "Ada Lovelace").content().equals(winterAlone)));
            }
            for (Future<Boolean> each : rendered) {
                assertThat(each.get()).as("the same text as rendered alone").isTrue();
            }
        } finally {
            senders.shutdown();
        }
        assertThat(londonZone(parse(invitations.render(summer, "ada@salford.example", null)))).isNotNull();
    }

    private static Calendar parse(CalendarInvitation invitation) throws Exception {
        return new CalendarBuilder().build(new StringReader(invitation.content()));
    }

    private static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    private static VTimeZone londonZone(Calendar calendar) {
        VTimeZone zone = (VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow();
        assertThat(value(zone.getProperty(Property.TZID))).isEqualTo("Europe/London");
        return zone;
    }

    private static Instant start(VEvent event) {
        DateProperty<?> start = event.getDateTimeStart();
        assertThat(start.getParameter("TZID")).hasValueSatisfying(tzid -> assertThat(tzid.getValue())
                .isEqualTo("Europe/London"));
        Temporal date = start.getDate();
        return ((ZonedDateTime) date).toInstant();
    }

    private static int sequence(Calendar calendar) {
        return Integer.parseInt(value(event(calendar).getProperty(Property.SEQUENCE)));
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.orElseThrow().getValue();
    }
}
