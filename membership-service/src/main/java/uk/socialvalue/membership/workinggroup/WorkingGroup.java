package uk.socialvalue.membership.workinggroup;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.WorkingGroupKind;
import uk.socialvalue.membership.organisation.ListedOrganisation;
import uk.socialvalue.membership.organisation.Sector;
import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.domain.InvalidField;

/**
 * A working group: the members of one region or nation, or of one sector, plus organisations an admin adds
 * by hand and minus those an admin leaves out. It decides who is eligible for its meetings.
 */
public class WorkingGroup implements Aggregate {

    private static final Set<MembershipStatus> CURRENT = Set.of(MembershipStatus.ACTIVE, MembershipStatus.GRACE);

    private final String id;
    private final String name;
    private final WorkingGroupKind kind;
    private final String region;
    private final Sector sector;
    private final String description;
    private final Instant createdAt;
    private final Set<String> included;
    private final Set<String> excluded;
    private final long version;

    WorkingGroup(String id, String name, WorkingGroupKind kind, String region, Sector sector, String description,
            Instant createdAt, Collection<String> included, Collection<String> excluded, long version) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.region = region;
        this.sector = sector;
        this.description = description;
        this.createdAt = createdAt;
        this.included = new LinkedHashSet<>(included);
        this.excluded = new LinkedHashSet<>(excluded);
        this.version = version;
    }

    /** A working group as stored; for repositories only. */
    public static WorkingGroup restore(String id, String name, WorkingGroupKind kind, String region, Sector sector,
            String description, Instant createdAt, Collection<String> included, Collection<String> excluded,
            long version) {
        return new WorkingGroup(id, name, kind, region, sector, description, createdAt, included, excluded, version);
    }

    /**
     * A new group. A regional group needs one of the register's regions, a sector group a sector; the field
     * the kind does not use is ignored, so that clients may send both.
     *
     * @param regions  the regions and nations of the council register
     */
    static WorkingGroup create(String id, String name, WorkingGroupKind kind, String region, Sector sector,
            String description, Set<String> regions, Instant now) {
        if (name == null || name.isBlank()) {
            throw new InvalidField("name", "is required");
        }
        if (kind == null) {
            throw new InvalidField("kind", "must be REGIONAL or SECTOR");
        }
        if (kind == WorkingGroupKind.REGIONAL) {
            String stripped = region == null ? null : region.strip();
            if (stripped == null || !regions.contains(stripped)) {
                throw new InvalidField("region", "must be one of " + regions + " for a REGIONAL group");
            }
            return new WorkingGroup(id, name.strip(), kind, stripped, null, blankToNull(description), now,
                    List.of(), List.of(), 0);
        }
        if (sector == null) {
            throw new InvalidField("sector", "is required for a SECTOR group");
        }
        return new WorkingGroup(id, name.strip(), kind, null, sector, blankToNull(description), now,
                List.of(), List.of(), 0);
    }

    /** Adds an organisation that its region or sector leaves out; it still has to be a current member. */
    void include(String organisationId) {
        excluded.remove(organisationId);
        included.add(organisationId);
    }

    /** Leaves out an organisation whatever its region or sector. */
    void exclude(String organisationId) {
        included.remove(organisationId);
        excluded.add(organisationId);
    }

    /**
     * Whether the organisation's contacts may be invited: it is a member now ({@code ACTIVE} or
     * {@code GRACE}), its region or sector matches or it was added by hand, and it was not left out.
     * Adding by hand does not make a former member eligible: its invitations are withdrawn when it goes.
     */
    boolean admits(ListedOrganisation organisation) {
        return CURRENT.contains(organisation.status())
                && !excluded.contains(organisation.id())
                && (included.contains(organisation.id()) || matches(organisation));
    }

    /** The eligible organisations among the given ones. */
    public List<ListedOrganisation> eligibleAmong(Collection<ListedOrganisation> organisations) {
        return organisations.stream().filter(this::admits).toList();
    }

    /** The contacts to invite from the given organisations: those of eligible ones who have not opted out. */
    List<Invitee> inviteesAmong(Collection<ListedOrganisation> organisations) {
        return eligibleAmong(organisations).stream()
                .flatMap(organisation -> organisation.contacts().stream()
                        .filter(ListedOrganisation.ListedContact::workingGroupInvitations)
                        .map(contact -> new Invitee(contact.personId(), contact.name(), contact.email(),
                                organisation.id(), organisation.name())))
                .toList();
    }

    private boolean matches(ListedOrganisation organisation) {
        return switch (kind) {
            case REGIONAL -> region.equals(organisation.region());
            case SECTOR -> sector == organisation.sector();
        };
    }

    @Override
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public WorkingGroupKind kind() {
        return kind;
    }

    /** The region or nation of a {@code REGIONAL} group, else {@code null}. */
    public String region() {
        return region;
    }

    /** The sector of a {@code SECTOR} group, else {@code null}. */
    public Sector sector() {
        return sector;
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Organisations added by hand. */
    public Set<String> included() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(included));
    }

    /** Organisations left out by hand. */
    public Set<String> excluded() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(excluded));
    }

    /** The version it was loaded at, for optimistic concurrency. */
    @Override
    public long version() {
        return version;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
