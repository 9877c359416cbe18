package uk.socialvalue.membership.workinggroup.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.contracts.workinggroup.WorkingGroupKind;
import uk.socialvalue.membership.organisation.ListedOrganisation;
import uk.socialvalue.membership.organisation.Sector;
import uk.socialvalue.membership.workinggroup.Inviting;
import uk.socialvalue.membership.workinggroup.Meeting;
import uk.socialvalue.membership.workinggroup.MeetingPlan;
import uk.socialvalue.membership.workinggroup.Scheduling;
import uk.socialvalue.membership.workinggroup.WorkingGroup;
import uk.socialvalue.support.web.PageRequest;

/** SVUK staff's working groups and their meetings (admin only, by the security rules). */
@RestController
@Tag(name = "Working groups")
@SecurityRequirement(name = "bearer")
class WorkingGroupsController {

    /** No line breaks in what ends up in an email subject. */
    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

    private final Scheduling scheduling;
    private final Inviting inviting;

    WorkingGroupsController(Scheduling scheduling, Inviting inviting) {
        this.scheduling = scheduling;
        this.inviting = inviting;
    }

    record WorkingGroupRequest(
            @NotBlank @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = "must be a single line of text") String name,
            @NotNull WorkingGroupKind kind, @Size(max = 100) String region, Sector sector,
            @Size(max = 4000) String description) {
    }

    record MeetingRequest(
            @NotBlank @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = "must be a single line of text") String title,
            @Size(max = 10000) String agenda, @NotNull Instant startsAt, @NotNull Instant endsAt,
            @Size(max = 500) String venue, @Size(max = 2000) String onlineUrl) {
    }

    record OrganisationReference(@NotBlank @Size(max = 100) String organisationId) {
    }

    /**
     * A working group as SVUK staff see it.
     *
     * @param eligibleOrganisations  how many organisations are eligible for its meetings now
     */
    record WorkingGroupView(String id, String name, WorkingGroupKind kind, String region, Sector sector,
            String description, Instant createdAt, Set<String> includedOrganisationIds,
            Set<String> excludedOrganisationIds, int eligibleOrganisations) {

        static WorkingGroupView of(WorkingGroup group, List<ListedOrganisation> currentMembers) {
            return new WorkingGroupView(group.id(), group.name(), group.kind(), group.region(), group.sector(),
                    group.description(), group.createdAt(), group.included(), group.excluded(),
                    group.eligibleAmong(currentMembers).size());
        }
    }

    @PostMapping("/api/working-groups")
    @Operation(summary = "Create a working group (admin)", description = "REGIONAL needs a region of the council "
            + "register (GET /api/regions), SECTOR a sector; the other field is ignored.")
    ResponseEntity<WorkingGroupView> create(@Valid @RequestBody WorkingGroupRequest request) {
        WorkingGroup group = scheduling.createGroup(request.name(), request.kind(), request.region(),
                request.sector(), request.description());
        return ResponseEntity.created(URI.create("/api/working-groups/" + group.id()))
                .body(WorkingGroupView.of(group, scheduling.currentMembers()));
    }

    @GetMapping("/api/working-groups")
    @Operation(summary = "Every working group, in name order, with how many organisations are eligible (admin)")
    List<WorkingGroupView> groups() {
        List<ListedOrganisation> members = scheduling.currentMembers();
        return scheduling.groups().stream().map(group -> WorkingGroupView.of(group, members)).toList();
    }

    @GetMapping("/api/working-groups/{id}")
    @Operation(summary = "One working group, with how many organisations are eligible now (admin)")
    WorkingGroupView group(@PathVariable String id) {
        return WorkingGroupView.of(scheduling.group(id), scheduling.currentMembers());
    }

    @PostMapping("/api/working-groups/{id}/inclusions")
    @Operation(summary = "Add an organisation by hand (admin)", description = "It must still be a current member "
            + "to be invited; takes effect when invitations are next issued.")
    WorkingGroupView include(@PathVariable String id, @Valid @RequestBody OrganisationReference organisation) {
        return WorkingGroupView.of(scheduling.include(id, organisation.organisationId()),
                scheduling.currentMembers());
    }

    @PostMapping("/api/working-groups/{id}/exclusions")
    @Operation(summary = "Leave an organisation out by hand (admin)", description = "Takes effect when "
            + "invitations are next issued; invitations already sent stand.")
    WorkingGroupView exclude(@PathVariable String id, @Valid @RequestBody OrganisationReference organisation) {
        return WorkingGroupView.of(scheduling.exclude(id, organisation.organisationId()),
                scheduling.currentMembers());
    }

    @PostMapping("/api/working-groups/{id}/meetings")
    @Operation(summary = "Schedule a meeting of the group (admin)", description = "startsAt and endsAt are "
            + "ISO-8601 instants, in the future and in order; a venue, an https onlineUrl, or both. Emits "
            + "MeetingScheduled; invitations are issued separately.")
    ResponseEntity<MeetingView> schedule(@PathVariable String id, @Valid @RequestBody MeetingRequest request) {
        Meeting meeting = scheduling.schedule(id, new MeetingPlan(request.title(), request.agenda(),
                request.startsAt(), request.endsAt(), request.venue(), request.onlineUrl()));
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id()))
                .body(MeetingView.of(meeting, inviting.counts(meeting.id())));
    }

    @GetMapping("/api/working-groups/{id}/meetings")
    @Operation(summary = "The group's meetings, soonest first (admin), a page at a time (`page` from 0, `size` up "
            + "to 100, default 100; a full page links to the next in a `Link` header)")
    ResponseEntity<List<MeetingView>> meetings(@PathVariable String id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        List<MeetingView> found = scheduling.meetingsOf(id, request.page(), request.size()).stream()
                .map(meeting -> MeetingView.of(meeting, inviting.counts(meeting.id()))).toList();
        return ResponseEntity.ok().headers(request.headers(found.size())).body(found);
    }
}
