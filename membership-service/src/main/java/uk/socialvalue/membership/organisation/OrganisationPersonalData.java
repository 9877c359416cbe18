package uk.socialvalue.membership.organisation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import uk.socialvalue.membership.account.Person;
import uk.socialvalue.membership.personaldata.PersonalDataHolder;
import uk.socialvalue.support.domain.Retry;

/** The person as a contact of organisations, now or formerly. */
public class OrganisationPersonalData implements PersonalDataHolder {

    private final Organisations organisations;
    private final Retry retry;

    public OrganisationPersonalData(Organisations organisations, Retry retry) {
        this.organisations = organisations;
        this.retry = retry;
    }

    @Override
    public String name() {
        return "contactOf";
    }

    @Override
    public Object heldAbout(String personId) {
        return organisations.withPerson(personId).stream().flatMap(id -> organisations.byId(id).stream())
                .flatMap(organisation -> organisation.contactRecordsOf(personId).stream()
                        .map(contact -> record(organisation, contact)))
                .toList();
    }

    @Override
    public Set<String> emailsOf(String personId) {
        return organisations.withPerson(personId).stream().flatMap(id -> organisations.byId(id).stream())
                .flatMap(organisation -> organisation.contactRecordsOf(personId).stream())
                .map(Contact::email).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    @Override
    public void erase(String personId) {
        for (String id : organisations.withPerson(personId)) {
            retry.onConflict(() -> organisations.byId(id)
                    .filter(organisation -> organisation.erasePerson(personId, Person.ERASED_NAME))
                    .map(organisation -> {
                        organisations.save(organisation);
                        return true;
                    }).orElse(false));
        }
    }

    private static Map<String, Object> record(Organisation organisation, Contact contact) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("organisationId", organisation.id());
        record.put("organisationName", organisation.details().name());
        record.put("current", organisation.hasContact(contact.personId()));
        record.put("name", contact.name());
        record.put("email", contact.email());
        record.put("jobTitle", contact.jobTitle());
        record.put("role", contact.role().name());
        record.put("addedAt", contact.addedAt());
        record.put("workingGroupInvitations", contact.workingGroupInvitations());
        Instant removedAt = organisation.formerContacts().stream()
                .filter(former -> former.contact().equals(contact)).map(FormerContact::removedAt)
                .findFirst().orElse(null);
        record.put("removedAt", removedAt);
        return record;
    }
}
