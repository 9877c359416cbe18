package uk.socialvalue.portal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;

/**
 * membership-service: accounts, applications, organisations, contacts, working groups, the council register and
 * the engagement figures.
 */
public class MembershipApi {

    private final ServiceClient client;
    private final Expiring<List<Council>> councils;
    private final Expiring<List<String>> regions;
    private final Expiring<List<MembershipType>> membershipTypes;

    MembershipApi(ServiceClient client) {
        this.client = client;
        // Reference data changes with a release, not by the minute: one small copy each, refreshed hourly.
        this.councils = new Expiring<>(() -> client.get(new ParameterizedTypeReference<List<Council>>() {
        }, "/api/councils"));
        this.regions = new Expiring<>(() -> client.get(new ParameterizedTypeReference<List<String>>() {
        }, "/api/regions"));
        this.membershipTypes = new Expiring<>(() -> client.get(new ParameterizedTypeReference<List<MembershipType>>() {
        }, "/api/membership-types"));
    }

    // --- accounts ---

    public record AccessToken(String access_token, String token_type, long expires_in) {
    }

    public AccessToken signIn(String email, String password) {
        return client.post(Map.of("email", email, "password", password), AccessToken.class, "/api/auth/token");
    }

    public void setPassword(String token, String password) {
        client.post(Map.of("token", token, "password", password), "/api/account/password");
    }

    /** Issue 14's contract: 202 whatever the address, and a reset link by email to a known person. */
    public void requestPasswordReset(String email) {
        client.post(Map.of("email", email), "/api/account/password-reset");
    }

    /** Changes the signed-in person's own password; their access token stops working with it. */
    public void changePassword(String currentPassword, String password) {
        client.post(Map.of("currentPassword", currentPassword, "password", password), "/api/account/password-change");
    }

    public Map<String, Object> personalData() {
        return AuditLog.personalData(client);
    }

    // --- staff and the audit log ---

    public record StaffMember(String personId, String name, String email, boolean passwordSet) {
    }

    private record StaffList(List<StaffMember> items) {
    }

    private record AddedStaff(String personId) {
    }

    public List<StaffMember> staff() {
        return client.get(StaffList.class, "/api/staff").items();
    }

    public String addStaff(String name, String email) {
        return client.post(Map.of("name", name, "email", email), AddedStaff.class, "/api/staff").personId();
    }

    public void removeStaff(String personId) {
        client.delete("/api/staff/{personId}", personId);
    }

    public AuditLog audit(AuditLog.Query query) {
        return AuditLog.read(client, query);
    }

    // --- reference data ---

    public record Council(String gssCode, String name, String type, String region) {
    }

    public record Fee(String net, String vat, String gross, String currency) {
    }

    public record MembershipType(String code, String name, String audience, Fee annualFee) {
    }

    public List<Council> councils() {
        return councils.get();
    }

    public List<String> regions() {
        return regions.get();
    }

    public List<MembershipType> membershipTypes() {
        return membershipTypes.get();
    }

    // --- applications and organisations ---

    public record ApplicationOrganisation(String type, String gssCode, String name, String region, String sector) {
    }

    public record ApplicationContact(String name, String email, String jobTitle) {
    }

    public record Application(ApplicationOrganisation organisation, ApplicationContact contact,
            String membershipType) {
    }

    public record ApplicationReceived(String organisationId, String status) {
    }

    public ApplicationReceived apply(Application application) {
        return client.post(application, ApplicationReceived.class, "/api/applications");
    }

    public record Contact(String personId, String name, String email, String jobTitle, String role,
            boolean workingGroupInvitations) {

        public boolean isPrimary() {
            return "PRIMARY".equals(role);
        }
    }

    public record FormerContact(String personId, String name, String email, String jobTitle, Instant removedAt) {
    }

    public record MembershipChange(Instant at, String status, String note) {
    }

    public record Organisation(String id, String name, String type, String sector, String status, String region,
            String gssCode, String membershipType, Instant appliedAt, LocalDate membershipStartsOn,
            LocalDate membershipEndsOn, List<Contact> contacts, List<FormerContact> formerContacts,
            List<MembershipChange> history) {

        public Contact contact(String personId) {
            return contacts.stream().filter(c -> c.personId().equals(personId)).findFirst().orElse(null);
        }
    }

    public record OrganisationSummary(String id, String name, String status, String region, String type,
            String gssCode, LocalDate membershipEndsOn) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {

        public int pages() {
            return size == 0 ? 0 : (int) ((total + size - 1) / size);
        }

        /** Where this page stands, to follow a count: ", page 2 of 3", or nothing when there is one page. */
        public String position() {
            return pages() > 1 ? ", page " + (page + 1) + " of " + pages() : "";
        }
    }

    public record OrganisationQuery(String status, String region, String type, String q, int page, int size) {
    }

    public Organisation organisation(String id) {
        return client.get(Organisation.class, "/api/organisations/{id}", id);
    }

    public Page<OrganisationSummary> organisations(OrganisationQuery query) {
        return client.get(new ParameterizedTypeReference<Page<OrganisationSummary>>() {
        }, uri -> uri.path("/api/organisations")
                .queryParamIfPresent("status", blankToEmpty(query.status()))
                .queryParamIfPresent("region", blankToEmpty(query.region()))
                .queryParamIfPresent("type", blankToEmpty(query.type()))
                .queryParamIfPresent("q", blankToEmpty(query.q()))
                .queryParam("page", query.page())
                .queryParam("size", query.size())
                .build());
    }

    /** One page of the memberships to renew within {@code days}, soonest end first, with how many there are. */
    public Page<OrganisationSummary> renewalsDue(int days, int page, int size) {
        return client.get(new ParameterizedTypeReference<Page<OrganisationSummary>>() {
        }, uri -> uri.path("/api/reports/renewals").queryParam("days", days).queryParam("page", page)
                .queryParam("size", size).build());
    }

    /** How many memberships are to renew within {@code days}. */
    public long renewalsDueCount(int days) {
        return renewalsDue(days, 0, 1).total();
    }

    public Organisation approve(String id) {
        return client.post(null, Organisation.class, "/api/organisations/{id}/approval", id);
    }

    public Organisation reject(String id, String reason) {
        return client.post(Map.of("reason", reason), Organisation.class, "/api/organisations/{id}/rejection", id);
    }

    public Organisation renew(String id) {
        return client.post(null, Organisation.class, "/api/organisations/{id}/renewal", id);
    }

    public Organisation cancel(String id, String reason) {
        return client.post(Map.of("reason", reason), Organisation.class, "/api/organisations/{id}/cancellation", id);
    }

    // --- contacts ---

    public Contact addContact(String organisationId, String name, String email, String jobTitle) {
        return client.post(Map.of("name", name, "email", email, "jobTitle", jobTitle), Contact.class,
                "/api/organisations/{id}/contacts", organisationId);
    }

    public void removeContact(String organisationId, String personId) {
        client.delete("/api/organisations/{id}/contacts/{personId}", organisationId, personId);
    }

    public Organisation handOverPrimaryContact(String organisationId, String personId) {
        return client.post(Map.of("personId", personId), Organisation.class,
                "/api/organisations/{id}/primary-contact", organisationId);
    }

    public Contact setWorkingGroupInvitations(String organisationId, String personId, boolean wanted) {
        return client.put(Map.of("workingGroupInvitations", wanted), Contact.class,
                "/api/organisations/{id}/contacts/{personId}/preferences", organisationId, personId);
    }

    // --- engagement ---

    public record RegionSummary(String region, long councils, long memberCouncils, long councilsNeverEngaged,
            Map<String, Long> organisationsByStatus) {
    }

    public List<RegionSummary> regionReport() {
        return client.get(new ParameterizedTypeReference<List<RegionSummary>>() {
        }, "/api/reports/regions");
    }

    /**
     * A region's (or nation's) councils summed up: {@code leading}, {@code engaged}, {@code aware} and {@code none}
     * count its councils at each engagement level; the rest are the last 12 months' figures.
     */
    public record RegionEngagement(String region, int councils, int members, int engaged, int none, int aware,
            int leading, int bookings12m, int attendees12m, int attended12m, BigDecimal cpdHours12m,
            int invitations12m, int accepted12m) {
    }

    /** A council of a region: its membership status ({@code null}: never applied), last 12 months and level. */
    public record CouncilEngagementRow(String gssCode, String name, String membershipStatus, int bookings12m,
            int attended12m, BigDecimal cpdHours12m, int invitations12m, int accepted12m, String level) {
    }

    public record EngagementPeriod(YearMonth from, YearMonth to) {
    }

    public record CourseEngagement(String courseCode, String courseTitle, int bookings, int attendees, int attended,
            BigDecimal cpdHours) {
    }

    public record MonthEngagement(YearMonth month, boolean member, int bookings, int attendees, int attended,
            BigDecimal cpdHours, int invitations, int accepted, int declined, int joins, int renewals, int lapses) {
    }

    /** A council's own record: its membership, the last 12 months by course, and the 24-month trend, oldest first. */
    public record CouncilEngagement(String gssCode, String name, String type, String region, String membershipStatus,
            String organisationId, LocalDate memberSince, int renewals, int lapses, String level,
            EngagementPeriod period12m, int bookings12m, int attendees12m, int attended12m, BigDecimal cpdHours12m,
            int invitations12m, int accepted12m, int declined12m, List<CourseEngagement> courses12m,
            List<MonthEngagement> trend) {
    }

    public List<RegionEngagement> engagementByRegion() {
        return client.get(new ParameterizedTypeReference<List<RegionEngagement>>() {
        }, "/api/engagement/regions");
    }

    public byte[] engagementByRegionAsCsv() {
        return client.getCsv("/api/engagement/regions");
    }

    /** The councils of a region named as the register names it or by its slug ({@code north-west}). */
    public List<CouncilEngagementRow> engagementOfRegion(String region) {
        return client.get(new ParameterizedTypeReference<List<CouncilEngagementRow>>() {
        }, "/api/engagement/regions/{region}/councils", region);
    }

    public byte[] engagementOfRegionAsCsv(String region) {
        return client.getCsv("/api/engagement/regions/{region}/councils", region);
    }

    /** A council's record: for staff, and for the council's own contacts (others: 403). */
    public CouncilEngagement engagementOfCouncil(String gssCode) {
        return client.get(CouncilEngagement.class, "/api/engagement/councils/{gssCode}", gssCode);
    }

    /** A council's 24-month trend as CSV. */
    public byte[] engagementTrendAsCsv(String gssCode) {
        return client.getCsv("/api/engagement/councils/{gssCode}", gssCode);
    }

    /** A council's last 12 months by course as CSV. */
    public byte[] engagementByCourseAsCsv(String gssCode) {
        return client.getCsv("/api/engagement/councils/{gssCode}/courses", gssCode);
    }

    // --- working groups ---

    public record WorkingGroup(String id, String name, String kind, String region, String sector,
            String description, Instant createdAt, List<String> includedOrganisationIds,
            List<String> excludedOrganisationIds, int eligibleOrganisations) {
    }

    public record NewWorkingGroup(String name, String kind, String region, String sector, String description) {
    }

    public record Meeting(String id, String workingGroupId, String workingGroupName, String title, String agenda,
            Instant startsAt, Instant endsAt, String venue, String onlineUrl, Instant scheduledAt,
            Instant invitationsIssuedAt, Instant cancelledAt, String cancellationReason,
            Map<String, Long> invitationCounts) {

        public boolean isCancelled() {
            return cancelledAt != null;
        }
    }

    /** What staff change in a meeting; a {@code null} leaves that part as it is, an empty venue or link removes it. */
    public record MeetingChanges(String title, String agenda, Instant startsAt, Instant endsAt, String venue,
            String onlineUrl) {
    }

    public record NewMeeting(String title, String agenda, Instant startsAt, Instant endsAt, String venue,
            String onlineUrl) {
    }

    public record MeetingInvitation(String id, String personId, String email, String name, String organisationId,
            String organisationName, String status, Instant invitedAt, Instant answeredAt, Instant withdrawnAt) {
    }

    /** One page of a meeting's invitations, and how many are in each status in all. */
    public record MeetingInvitations(List<MeetingInvitation> items, int page, int size, Map<String, Long> counts) {

        /** How many pages the invitations fill, from the counts, which add up to all of them. */
        public int pages() {
            long total = counts == null ? 0 : counts.values().stream().mapToLong(Long::longValue).sum();
            return size < 1 ? 1 : (int) Math.max(1, (total + size - 1) / size);
        }
    }

    public record Issued(int invited) {
    }

    public List<WorkingGroup> workingGroups() {
        return client.get(new ParameterizedTypeReference<List<WorkingGroup>>() {
        }, "/api/working-groups");
    }

    public WorkingGroup workingGroup(String id) {
        return client.get(WorkingGroup.class, "/api/working-groups/{id}", id);
    }

    public WorkingGroup createWorkingGroup(NewWorkingGroup group) {
        return client.post(group, WorkingGroup.class, "/api/working-groups");
    }

    public List<Meeting> meetings(String workingGroupId) {
        return client.get(new ParameterizedTypeReference<List<Meeting>>() {
        }, "/api/working-groups/{id}/meetings", workingGroupId);
    }

    public Meeting scheduleMeeting(String workingGroupId, NewMeeting meeting) {
        return client.post(meeting, Meeting.class, "/api/working-groups/{id}/meetings", workingGroupId);
    }

    public Meeting meeting(String id) {
        return client.get(Meeting.class, "/api/meetings/{id}", id);
    }

    public Meeting changeMeeting(String id, MeetingChanges changes) {
        return client.patch(changes, Meeting.class, "/api/meetings/{id}", id);
    }

    public Meeting cancelMeeting(String id, String reason) {
        return client.post(Map.of("reason", reason), Meeting.class, "/api/meetings/{id}/cancellation", id);
    }

    public Issued issueInvitations(String meetingId) {
        return client.post(null, Issued.class, "/api/meetings/{id}/invitations", meetingId);
    }

    public MeetingInvitations meetingInvitations(String meetingId, int page, int size) {
        return client.get(MeetingInvitations.class, uri -> uri.path("/api/meetings/{id}/invitations")
                .queryParam("page", page).queryParam("size", size).build(meetingId));
    }

    // --- invitations, as their invitees see them ---

    public record OrganisationInvitation(String id, String meetingId, String meetingTitle, String workingGroupId,
            String workingGroupName, Instant startsAt, Instant endsAt, String personId, String name, String email,
            String status, Instant invitedAt, Instant answeredAt, boolean answerable) {
    }

    public record OrganisationInvitations(List<OrganisationInvitation> items) {
    }

    public record InvitationMeeting(String meetingId, String workingGroupId, String workingGroupName, String title,
            String agenda, Instant startsAt, Instant endsAt, String venue, String onlineUrl) {
    }

    public record TokenInvitation(String invitationId, String name, String status, boolean answerable,
            boolean started, InvitationMeeting meeting) {
    }

    public OrganisationInvitations invitationsOf(String organisationId) {
        return client.get(OrganisationInvitations.class, "/api/organisations/{id}/invitations", organisationId);
    }

    /** The invitation an emailed RSVP token stands for; the token is the proof, no sign-in. */
    public TokenInvitation invitation(String token) {
        return client.get(TokenInvitation.class, "/api/invitations/{token}", token);
    }

    public void answerInvitation(String token, String answer) {
        client.post(Map.of("answer", answer), "/api/invitations/{token}/response", token);
    }

    // --- operations ---

    public DeadLetters deadLetters() {
        return client.get(DeadLetters.class, "/api/admin/dead-letters?limit=50");
    }

    static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
