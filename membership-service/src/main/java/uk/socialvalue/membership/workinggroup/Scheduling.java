package uk.socialvalue.membership.workinggroup;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import uk.socialvalue.contracts.workinggroup.WorkingGroupKind;
import uk.socialvalue.membership.organisation.ListedOrganisation;
import uk.socialvalue.membership.organisation.OrganisationDirectory;
import uk.socialvalue.membership.organisation.Sector;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.domain.Retry;

/** SVUK staff's use cases for working groups: creating them, choosing who is in them, scheduling meetings. */
public class Scheduling {

    private final WorkingGroups groups;
    private final Meetings meetings;
    private final OrganisationDirectory organisations;
    private final Set<String> regions;
    private final Retry retry;
    private final Clock clock;

    /** @param regions  the regions and nations of the council register, which regional groups are for */
    public Scheduling(WorkingGroups groups, Meetings meetings, OrganisationDirectory organisations,
            Set<String> regions, Retry retry, Clock clock) {
        this.groups = groups;
        this.meetings = meetings;
        this.organisations = organisations;
        this.regions = Set.copyOf(regions);
        this.retry = retry;
        this.clock = clock;
    }

    /** @throws InvalidField when a field is missing or names an unknown region */
    public WorkingGroup createGroup(String name, WorkingGroupKind kind, String region, Sector sector,
            String description) {
        var group = WorkingGroup.create(UUID.randomUUID().toString(), name, kind, region, sector, description,
                regions, clock.instant());
        groups.add(group);
        return group;
    }

    /** Adds an organisation to the group by hand; it takes effect when invitations are next issued. */
    public WorkingGroup include(String groupId, String organisationId) {
        requireOrganisation(organisationId);
        return change(groupId, group -> group.include(organisationId));
    }

    /** Leaves an organisation out of the group by hand; it takes effect when invitations are next issued. */
    public WorkingGroup exclude(String groupId, String organisationId) {
        requireOrganisation(organisationId);
        return change(groupId, group -> group.exclude(organisationId));
    }

    public WorkingGroup group(String groupId) {
        return groups.byId(groupId).orElseThrow(() -> new NotFound("No working group " + groupId));
    }

    public List<WorkingGroup> groups() {
        return groups.all();
    }

    /** The organisations eligible now for the group's meetings. */
    public List<ListedOrganisation> eligibleOrganisations(WorkingGroup group) {
        return group.eligibleAmong(organisations.currentMembers());
    }

    /** The current members, for working out several groups' eligibility from one read. */
    public List<ListedOrganisation> currentMembers() {
        return organisations.currentMembers();
    }

    /** @throws InvalidField when the plan is incomplete, in the past, or has no https link or venue */
    public Meeting schedule(String groupId, MeetingPlan plan) {
        var meeting = Meeting.schedule(UUID.randomUUID().toString(), group(groupId), plan, clock.instant());
        meetings.add(meeting);
        return meeting;
    }

    public Meeting meeting(String meetingId) {
        return meetings.byId(meetingId).orElseThrow(() -> new NotFound("No meeting " + meetingId));
    }

    /** The group's meetings, soonest first, one page of them. */
    public List<Meeting> meetingsOf(String groupId, int page, int size) {
        return meetings.ofWorkingGroup(group(groupId).id(), page, size);
    }

    private void requireOrganisation(String organisationId) {
        if (organisationId == null || organisationId.isBlank() || !organisations.exists(organisationId)) {
            throw new InvalidField("organisationId", "is not a known organisation");
        }
    }

    private WorkingGroup change(String groupId, Consumer<WorkingGroup> change) {
        return retry.onConflict(() -> {
            WorkingGroup group = group(groupId);
            change.accept(group);
            groups.save(group);
            return group;
        });
    }
}
