package uk.socialvalue.membership.account.persistence;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.membership.account.EmailTaken;
import uk.socialvalue.membership.account.People;
import uk.socialvalue.membership.account.Person;
import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.aggregate.DuplicateKey;
import uk.socialvalue.support.security.Role;

/** People in the {@code people} collection; a unique index makes an email address belong to one person. */
@Repository
class MongoPeople implements People {

    private final AggregateStore<Person> store;

    MongoPeople(AggregateStores stores) {
        this.store = stores.of("people", "Person", new PersonMapping());
        store.collection().createIndex(Indexes.ascending("email"),
                new IndexOptions().unique(true).name("one_person_per_email"));
    }

    @Override
    public void add(Person person) {
        try {
            store.add(person);
        } catch (DuplicateKey e) {
            throw new EmailTaken(byEmail(person.email()).map(Person::id).orElse(null));
        }
    }

    @Override
    public Optional<Person> byId(String id) {
        return store.byId(id);
    }

    @Override
    public Optional<Person> byEmail(String email) {
        return store.first(Filters.eq("email", Person.normaliseEmail(email)));
    }

    @Override
    public boolean changePassword(String personId, long expectedCredentialVersion, String passwordHash) {
        return store.updateWhere(personId, Filters.eq("credentialVersion", expectedCredentialVersion),
                Updates.combine(Updates.set("passwordHash", passwordHash), Updates.inc("credentialVersion", 1L)),
                List.of());
    }

    @Override
    public void remove(String personId) {
        store.collection().deleteOne(Filters.eq("_id", personId));
    }

    /**
     * A person as one document. People change only through atomic conditional updates (a password against
     * the credential version it was set with), never by a versioned save: their aggregate version stays 0.
     */
    static final class PersonMapping implements AggregateMapping<Person> {

        @Override
        public Document toDocument(Person person) {
            return new Document("_id", person.id())
                    .append("email", person.email())
                    .append("roles", person.roles().stream().map(Role::name).sorted().toList())
                    .append("name", person.name())
                    .append("organisationId", person.organisationId())
                    .append("passwordHash", person.passwordHash())
                    .append("credentialVersion", person.credentialVersion())
                    .append("createdAt", date(person.createdAt()));
        }

        @Override
        public Person toAggregate(Document document, long version) {
            List<String> roles = document.getList("roles", String.class, List.of());
            return new Person(document.getString("_id"), document.getString("email"), document.getString("name"),
                    document.getString("organisationId"),
                    roles.stream().map(Role::valueOf).collect(Collectors.toUnmodifiableSet()),
                    document.getString("passwordHash"), ((Number) document.get("credentialVersion")).longValue(),
                    instant(document.getDate("createdAt")));
        }
    }
}
