package uk.socialvalue.membership.engagement;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.membership.ContactAdded;
import uk.socialvalue.contracts.membership.ContactRemoved;
import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.membership.MembershipApplied;
import uk.socialvalue.contracts.membership.MembershipCancelled;
import uk.socialvalue.contracts.membership.MembershipEnteredGrace;
import uk.socialvalue.contracts.membership.MembershipEvent;
import uk.socialvalue.contracts.membership.MembershipLapsed;
import uk.socialvalue.contracts.membership.MembershipRejected;
import uk.socialvalue.contracts.membership.MembershipRenewed;
import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.contracts.membership.PrimaryContactChanged;
import uk.socialvalue.contracts.training.AccreditationLevelCompleted;
import uk.socialvalue.contracts.training.AccreditationLevelWithdrawn;
import uk.socialvalue.contracts.training.AttendanceRecorded;
import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.BookingConfirmed;
import uk.socialvalue.contracts.training.BookingPromoted;
import uk.socialvalue.contracts.training.BookingSummary;
import uk.socialvalue.contracts.training.BookingWaitlisted;
import uk.socialvalue.contracts.training.SessionDetails;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationAnswered;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationIssued;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationWithdrawn;
import uk.socialvalue.membership.engagement.MembershipUpdate.Milestone;
import uk.socialvalue.support.domain.Retry;

/**
 * Keeps the engagement read model up to date from the events the services publish, and from nothing else.
 * <p>
 * A membership event updates its organisation, and links the organisation to its council. A booking,
 * attendance or invitation event updates that fact's latest state (a newer report wins), then its
 * organisation counts the change, once. The two writes are apart, so the fact remembers its last change and
 * the record that made it: if the second write never happened, the redelivered record finds the change and
 * counts it then. Events may come in any order across topics: figures wait on the organisation, not on its
 * council, so a booking read before the membership event that names its council counts as soon as that
 * event arrives.
 * <p>
 * Records of other partitions (and other instances) may change one organisation at once: a write that lost
 * the race is worked out again on the fresh state by the service's {@link Retry}, whose jittered back-off
 * keeps the writers from colliding again in step.
 */
public class EngagementProjection {

    private final Facts facts;
    private final OrganisationEngagements organisations;
    private final CouncilOrganisations councils;
    private final Retry retry;
    private final Clock clock;

    public EngagementProjection(Facts facts, OrganisationEngagements organisations, CouncilOrganisations councils,
            Retry retry, Clock clock) {
        this.facts = facts;
        this.organisations = organisations;
        this.councils = councils;
        this.retry = retry;
        this.clock = clock;
    }

    /** Counts what the event tells, read from the given record; events that tell nothing are skipped. */
    public void on(IntegrationEvent event, Source source) {
        if (event instanceof MembershipEvent membership) {
            membership(membership, source);
        } else if (event instanceof ContactAdded added) {
            identify(added.organisationId(), added.organisation());
        } else if (event instanceof ContactRemoved removed) {
            identify(removed.organisationId(), removed.organisation());
        } else if (event instanceof PrimaryContactChanged changed) {
            identify(changed.organisationId(), changed.organisation());
        } else if (event instanceof BookingConfirmed confirmed) {
            record(booking(confirmed.booking(), confirmed.session(), true, confirmed), source);
        } else if (event instanceof BookingWaitlisted waitlisted) {
            record(booking(waitlisted.booking(), waitlisted.session(), true, waitlisted), source);
        } else if (event instanceof BookingPromoted promoted) {
            record(booking(promoted.booking(), promoted.session(), true, promoted), source);
        } else if (event instanceof BookingCancelled cancelled) {
            record(booking(cancelled.booking(), cancelled.session(), false, cancelled), source);
        } else if (event instanceof AttendanceRecorded attendance) {
            record(attendance(attendance), source);
        } else if (event instanceof AccreditationLevelCompleted completed) {
            record(new AccreditationFact(completed.trackId(), completed.level(),
                    AttendanceFact.attendeeKey(completed.attendee().email()), completed.organisationId(),
                    Window.monthOf(completed.occurredAt()), true, completed.expiresOn(), completed.eventId(),
                    completed.occurredAt()), source);
        } else if (event instanceof AccreditationLevelWithdrawn withdrawn) {
            record(new AccreditationFact(withdrawn.trackId(), withdrawn.level(),
                    AttendanceFact.attendeeKey(withdrawn.attendee().email()), withdrawn.organisationId(),
                    Window.monthOf(withdrawn.occurredAt()), false, null, withdrawn.eventId(),
                    withdrawn.occurredAt()), source);
        } else if (event instanceof WorkingGroupInvitationIssued issued) {
            record(new InvitationFact(issued.invitationId(), issued.invitee().organisationId(),
                    Window.monthOf(issued.occurredAt()), InvitationState.PENDING, issued.eventId(),
                    issued.occurredAt()), source);
        } else if (event instanceof WorkingGroupInvitationAnswered answered) {
            record(new InvitationFact(answered.invitationId(), answered.invitee().organisationId(),
                    Window.monthOf(answered.occurredAt()), answered.answer() == RsvpAnswer.ACCEPTED
                            ? InvitationState.ACCEPTED : InvitationState.DECLINED,
                    answered.eventId(), answered.occurredAt()), source);
        } else if (event instanceof WorkingGroupInvitationWithdrawn withdrawn) {
            record(new InvitationFact(withdrawn.invitationId(), withdrawn.invitee().organisationId(),
                    Window.monthOf(withdrawn.occurredAt()), InvitationState.WITHDRAWN, withdrawn.eventId(),
                    withdrawn.occurredAt()), source);
        }
    }

    private void membership(MembershipEvent event, Source source) {
        Identity identity = identity(event.organisation());
        if (identity != null && identity.isCouncil()) {
            councils.link(identity.gssCode(), event.organisationId());
        }
        var update = new MembershipUpdate(event.eventId(), event.occurredAt(), identity, event.statusAfter(),
                milestone(event), event instanceof MembershipActivated activated ? activated.startsOn() : null);
        change(event.organisationId(), organisation -> organisation.membership(update, source));
    }

    private void identify(String organisationId, OrganisationSummary summary) {
        Identity identity = identity(summary);
        if (identity == null) {
            return;
        }
        if (identity.isCouncil()) {
            councils.link(identity.gssCode(), organisationId);
        }
        change(organisationId, organisation -> organisation.identify(identity));
    }

    private void record(Fact report, Source source) {
        if (report.organisationId() == null) {
            return; // no organisation to count it towards
        }
        FactChange change = retry.onConflict(() -> store(report, source));
        change(change.organisationId(), organisation -> organisation.count(change));
    }

    /**
     * Stores the fact as the report leaves it and returns its last change. A stale or repeated report changes
     * nothing and still hands on the last change: counting it again is a no-op once it was counted.
     */
    private FactChange store(Fact report, Source source) {
        Optional<RecordedFact> stored = facts.byId(report.key());
        if (stored.isEmpty()) {
            RecordedFact first = RecordedFact.first(report, source);
            facts.add(first);
            return first.change();
        }
        RecordedFact recorded = stored.get().after(report, source);
        if (recorded != stored.get()) {
            facts.save(recorded);
        }
        return recorded.change();
    }

    /** Applies the change to the organisation as stored now, and stores it if it changed anything. */
    private void change(String organisationId, Predicate<OrganisationEngagement> change) {
        retry.onConflict(() -> {
            Optional<OrganisationEngagement> stored = organisations.byId(organisationId);
            OrganisationEngagement organisation = stored
                    .orElseGet(() -> OrganisationEngagement.unknown(organisationId));
            if (!change.test(organisation)) {
                return false;
            }
            organisation.forgetBefore(Window.at(clock).firstOfTrend());
            if (stored.isPresent()) {
                organisations.save(organisation);
            } else {
                organisations.add(organisation);
            }
            return true;
        });
    }

    private static BookingFact booking(BookingSummary booking, SessionDetails session, boolean live,
            IntegrationEvent event) {
        return new BookingFact(booking.bookingId(), booking.organisationId(), course(session),
                Window.monthOf(event.occurredAt()), live, booking.seats(), event.eventId(), event.occurredAt());
    }

    private static AttendanceFact attendance(AttendanceRecorded recorded) {
        return new AttendanceFact(recorded.bookingId(), AttendanceFact.attendeeKey(recorded.attendee().email()),
                recorded.organisationId(), course(recorded.session()), Window.monthOf(recorded.session().startsAt()),
                recorded.attended(), recorded.attended() ? hours(recorded.cpdHours()) : BigDecimal.ZERO,
                recorded.eventId(), recorded.occurredAt());
    }

    private static Course course(SessionDetails session) {
        return new Course(session.courseCode(), session.courseTitle());
    }

    private static BigDecimal hours(String cpdHours) {
        return cpdHours == null || cpdHours.isBlank() ? BigDecimal.ZERO : new BigDecimal(cpdHours.strip());
    }

    private static Identity identity(OrganisationSummary summary) {
        return summary == null ? null
                : new Identity(summary.name(), summary.type(), summary.gssCode(), summary.region());
    }

    private static Milestone milestone(MembershipEvent event) {
        if (event instanceof MembershipApplied) {
            return Milestone.APPLIED;
        } else if (event instanceof MembershipActivated) {
            return Milestone.ACTIVATED;
        } else if (event instanceof MembershipRejected) {
            return Milestone.REJECTED;
        } else if (event instanceof MembershipRenewed) {
            return Milestone.RENEWED;
        } else if (event instanceof MembershipEnteredGrace) {
            return Milestone.ENTERED_GRACE;
        } else if (event instanceof MembershipLapsed) {
            return Milestone.LAPSED;
        } else if (event instanceof MembershipCancelled) {
            return Milestone.CANCELLED;
        }
        return Milestone.REMINDED;
    }
}
