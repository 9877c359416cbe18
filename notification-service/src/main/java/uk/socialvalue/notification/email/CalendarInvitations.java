package uk.socialvalue.notification.email;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import uk.socialvalue.contracts.UkTime;

/**
 * Builds the iCalendar objects (RFC 5545, iTIP methods of RFC 5546) that emails carry, with ical4j.
 * <p>
 * Times are in Europe/London with the zone's VTIMEZONE from the tz data bundled in the ical4j jar;
 * {@code ical4j.properties} turns off its updates from the network, so building one never leaves the machine.
 * Answers go through the links in the email, not through calendar replies (the organiser is a no-reply
 * address), so attendees are asked for no RSVP.
 */
public final class CalendarInvitations {

    private static final String PRODUCT = "-//Social Value UK//SVUK notifications//EN";

    private final VTimeZone london;
    private final URI organiserAddress;
    private final String organiserName;

    /**
     * @param organiserAddress  the address the invitations come from
     * @param organiserName     its display name
     */
    public CalendarInvitations(String organiserAddress, String organiserName) {
        this.london = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(UkTime.ZONE_ID)
                .getVTimeZone();
        this.organiserAddress = mailto(organiserAddress);
        this.organiserName = organiserName;
    }

    /** The calendar object for one recipient: the entry, with them as its attendee. */
    public CalendarInvitation render(CalendarEntry entry, String attendeeAddress, String attendeeName) {
        boolean cancels = entry.method() == CalendarEntry.Method.CANCEL;
        var event = new VEvent(entry.startsAt().atZone(UkTime.ZONE), entry.endsAt().atZone(UkTime.ZONE),
                SingleLine.of(entry.summary()));
        event.replace(new DtStamp(entry.stamp()));
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.add(new Status(cancels ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        if (entry.location() != null) {
            event.add(new Location(SingleLine.of(entry.location())));
        }
        if (entry.description() != null) {
            event.add(new Description(entry.description()));
        }
        event.add(new Organizer(parameters(new Cn(SingleLine.of(organiserName))), organiserAddress));
        List<Parameter> attendee = new ArrayList<>(List.of(CuType.INDIVIDUAL, Role.REQ_PARTICIPANT,
                new PartStat(entry.participation().value()), Rsvp.FALSE));
        if (attendeeName != null && !attendeeName.isBlank()) {
            attendee.add(0, new Cn(SingleLine.of(attendeeName)));
        }
        event.add(new Attendee(new ParameterList(attendee), mailto(attendeeAddress)));

        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new Method(entry.method().name()));
        calendar.add(london); // shared: adding a component copies the calendar's list, never the component
        calendar.add(event);
        return new CalendarInvitation(entry.method(), calendar.toString());
    }

    private static ParameterList parameters(Parameter... parameters) {
        return new ParameterList(List.of(parameters));
    }

    private static URI mailto(String address) {
        return URI.create("mailto:" + address.trim().toLowerCase(Locale.ROOT));
    }
}
