package uk.socialvalue.membership.organisation.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.OrganisationStateChanged;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.membership.organisation.Contact;
import uk.socialvalue.membership.organisation.ContactRole;
import uk.socialvalue.membership.organisation.FormerContact;
import uk.socialvalue.membership.organisation.MembershipChange;
import uk.socialvalue.membership.organisation.Organisation;
import uk.socialvalue.membership.organisation.OrganisationDetails;
import uk.socialvalue.membership.organisation.Sector;
import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.Listing;

/**
 * An organisation as one document. {@value #OPEN_GSS_CODE} holds the council's GSS code while its membership
 * is open and is absent otherwise, for the unique sparse index that keeps one open membership per council.
 */
final class OrganisationMapping implements AggregateMapping<Organisation> {

    static final String OPEN_GSS_CODE = "openGssCode";

    @Override
    public Document toDocument(Organisation organisation) {
        OrganisationDetails details = organisation.details();
        return new Document("_id", organisation.id())
                .append("name", details.name())
                .append("type", details.type().name())
                .append("gssCode", details.gssCode())
                .append("region", details.region())
                .append("sector", details.sector().name())
                .append("membershipType", organisation.membershipType())
                .append("appliedAt", date(organisation.appliedAt()))
                .append("status", organisation.status().name())
                .append("startsOn", text(organisation.startsOn()))
                .append("endsOn", text(organisation.endsOn()))
                .append("contacts", organisation.contacts().stream().map(this::toDocument).toList())
                .append("formerContacts", organisation.formerContacts().stream()
                        .map(former -> toDocument(former.contact()).append("removedAt", date(former.removedAt())))
                        .toList())
                .append("history", organisation.history().stream().map(this::toDocument).toList())
                .append("remindersSent", List.copyOf(organisation.remindersSent()))
                .append(OPEN_GSS_CODE, organisation.isOpen() ? details.gssCode() : null);
    }

    /**
     * Every organisation is listed in the {@link MongoOrganisations#DIRECTORY} under the first two letters of its name, with
     * what the search filters on; memberships that may need renewing ({@code ACTIVE} or {@code GRACE}) in
     * {@link MongoOrganisations#RENEWALS} under the month they end.
     */
    @Override
    public Optional<Listing.Place> listed(Organisation organisation, String listing) {
        if (MongoOrganisations.DIRECTORY.equals(listing)) {
            OrganisationDetails details = organisation.details();
            return Optional.of(new Listing.Place(MongoOrganisations.bucket(details.name()),
                    new Document("name", details.name()).append("status", organisation.status().name())
                            .append("region", details.region()).append("type", details.type().name())));
        }
        boolean renewable = organisation.status() == MembershipStatus.ACTIVE
                || organisation.status() == MembershipStatus.GRACE;
        if (!MongoOrganisations.RENEWALS.equals(listing) || !renewable) {
            return Optional.empty();
        }
        LocalDate endsOn = organisation.endsOn();
        return Optional.of(new Listing.Place(endsOn == null ? MongoOrganisations.NO_END
                : YearMonth.from(endsOn).toString(), new Document("status", organisation.status().name())
                        .append("endsOn", text(endsOn))));
    }

    /** What the compacted state topic keeps of an organisation: its membership as it stands. */
    @Override
    public Optional<OrganisationStateChanged> state(Organisation organisation, long version, Instant at) {
        return Optional.of(new OrganisationStateChanged(UUID.randomUUID().toString(), at, organisation.id(), version,
                organisation.details().summary(), organisation.status(), organisation.membershipType(),
                organisation.startsOn(), organisation.endsOn()));
    }

    @Override
    public Organisation toAggregate(Document document, long version) {
        var details = new OrganisationDetails(document.getString("name"),
                OrganisationType.valueOf(document.getString("type")), document.getString("gssCode"),
                document.getString("region"), Sector.valueOf(document.getString("sector")));
        List<Contact> contacts = document.getList("contacts", Document.class, List.of()).stream()
                .map(this::toContact).toList();
        List<FormerContact> formerContacts = document.getList("formerContacts", Document.class, List.of()).stream()
                .map(c -> new FormerContact(toContact(c), instant(c.getDate("removedAt")))).toList();
        List<MembershipChange> history = document.getList("history", Document.class, List.of()).stream()
                .map(h -> new MembershipChange(instant(h.getDate("at")),
                        MembershipStatus.valueOf(h.getString("status")), h.getString("note")))
                .toList();
        return Organisation.restore(document.getString("_id"), details, document.getString("membershipType"),
                instant(document.getDate("appliedAt")), MembershipStatus.valueOf(document.getString("status")),
                localDate(document.getString("startsOn")), localDate(document.getString("endsOn")), contacts,
                formerContacts, history, Set.copyOf(document.getList("remindersSent", Integer.class, List.of())),
                version);
    }

    private Contact toContact(Document c) {
        return new Contact(c.getString("personId"), c.getString("name"), c.getString("email"), c.getString("jobTitle"),
                ContactRole.valueOf(c.getString("role")), instant(c.getDate("addedAt")),
                c.getBoolean("workingGroupInvitations", true));
    }

    private Document toDocument(Contact contact) {
        return new Document("personId", contact.personId()).append("name", contact.name())
                .append("email", contact.email()).append("jobTitle", contact.jobTitle())
                .append("role", contact.role().name()).append("addedAt", date(contact.addedAt()))
                .append("workingGroupInvitations", contact.workingGroupInvitations());
    }

    private Document toDocument(MembershipChange change) {
        return new Document("at", date(change.at())).append("status", change.status().name())
                .append("note", change.note());
    }

    /** Dates as ISO text: readable, and they sort and compare correctly as strings. */
    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate localDate(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
