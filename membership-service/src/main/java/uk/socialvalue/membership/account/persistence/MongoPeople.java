package uk.socialvalue.membership.account.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.membership.account.EmailTaken;
import uk.socialvalue.membership.account.People;
import uk.socialvalue.membership.account.Person;
import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.aggregate.DuplicateKey;
import uk.socialvalue.support.security.Role;

/**
 * People in the {@value #COLLECTION} collection. {@code email} is present only while the account is open,
 * under a unique sparse index, so an address belongs to one open account and a closed account frees it (its
 * address moves to {@code formerEmail}, kept until the person is erased). A set-password link is stored as
 * the hash of its secret, under a unique sparse index: the link is found by one keyed lookup.
 */
@Repository
class MongoPeople implements People {

    static final String COLLECTION = "people";
    private static final String EMAIL = "email";
    private static final String FORMER_EMAIL = "formerEmail";
    private static final String TOKEN_VERSION = "tokenVersion";
    private static final String LINK_HASH = "setupLinkHash";
    private static final String LINK_EXPIRES_AT = "setupLinkExpiresAt";
    private static final String CLOSED_AT = "closedAt";

    private final AggregateStore<Person> store;
    private final MongoCollection<Document> collection;

    MongoPeople(AggregateStores stores) {
        this.store = stores.of(COLLECTION, "Person", new PersonMapping());
        this.collection = store.collection();
        dropIndexIfPresent("one_person_per_email"); // before accounts could close, every document had an email
        collection.createIndex(Indexes.ascending(EMAIL),
                new IndexOptions().unique(true).sparse(true).name("one_open_account_per_email"));
        collection.createIndex(Indexes.ascending(LINK_HASH),
                new IndexOptions().unique(true).sparse(true).name("one_person_per_setup_link"));
        collection.createIndex(Indexes.ascending("roles"), new IndexOptions().name("by_role"));
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
        return email == null ? Optional.empty() : store.first(Filters.eq(EMAIL, Person.normaliseEmail(email)));
    }

    @Override
    public List<Person> withRole(Role role) {
        return store.read(collection.find(Filters.and(Filters.eq("roles", role.name()),
                Filters.exists(CLOSED_AT, false))));
    }

    @Override
    public void remove(String personId) {
        collection.deleteOne(Filters.eq("_id", personId));
    }

    @Override
    public boolean issueSetupLink(String personId, String linkHash, Instant expiresAt,
            List<? extends IntegrationEvent> events) {
        return store.updateWhere(personId, Filters.exists(CLOSED_AT, false),
                Updates.combine(Updates.set(LINK_HASH, linkHash), Updates.set(LINK_EXPIRES_AT, Date.from(expiresAt))),
                events);
    }

    @Override
    public Optional<IssuedLink> bySetupLink(String linkHash) {
        return Optional.ofNullable(collection.find(Filters.eq(LINK_HASH, linkHash))
                        .projection(Projections.include(LINK_HASH, LINK_EXPIRES_AT)).first())
                .map(document -> new IssuedLink(document.getString("_id"), document.getString(LINK_HASH),
                        document.getDate(LINK_EXPIRES_AT).toInstant()));
    }

    @Override
    public boolean change(String personId, long expectedTokenVersion, Change change,
            List<? extends IntegrationEvent> events) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(expectedTokenVersion == 0
                ? Filters.or(Filters.eq(TOKEN_VERSION, 0L), Filters.exists(TOKEN_VERSION, false))
                : Filters.eq(TOKEN_VERSION, expectedTokenVersion));
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.set(TOKEN_VERSION, expectedTokenVersion + 1));
        if (change instanceof SetPassword set) {
            if (set.spendingLink() != null) {
                conditions.add(Filters.eq(LINK_HASH, set.spendingLink()));
            }
            updates.add(Updates.set("passwordHash", set.passwordHash()));
            updates.add(Updates.unset(LINK_HASH));
            updates.add(Updates.unset(LINK_EXPIRES_AT));
        } else if (change instanceof Close close) {
            conditions.add(Filters.exists(CLOSED_AT, false));
            updates.add(Updates.rename(EMAIL, FORMER_EMAIL));
            updates.add(Updates.set(CLOSED_AT, Date.from(close.at())));
            updates.addAll(withoutCredentials());
        } else if (change instanceof Erase erase) {
            conditions.add(Filters.exists("erasedAt", false));
            updates.add(Updates.set("name", Person.ERASED_NAME));
            updates.add(Updates.unset(EMAIL));
            updates.add(Updates.unset(FORMER_EMAIL));
            updates.add(Updates.min(CLOSED_AT, Date.from(erase.at())));
            updates.add(Updates.set("erasedAt", Date.from(erase.at())));
            updates.addAll(withoutCredentials());
        } // RevokeTokens: the token version alone
        return store.updateWhere(personId, Filters.and(conditions), Updates.combine(updates), events);
    }

    private static List<Bson> withoutCredentials() {
        return List.of(Updates.set("roles", List.of()), Updates.unset("passwordHash"), Updates.unset(LINK_HASH),
                Updates.unset(LINK_EXPIRES_AT));
    }

    private void dropIndexIfPresent(String name) {
        boolean present = collection.listIndexes().map(index -> index.getString("name"))
                .into(new ArrayList<>()).contains(name);
        if (present) {
            try {
                collection.dropIndex(name);
            } catch (MongoCommandException e) {
                // another instance dropped it first
            }
        }
    }

    /** A person as one document; the link hash and expiry are the repository's own, not the person's. */
    static final class PersonMapping implements AggregateMapping<Person> {

        @Override
        public Document toDocument(Person person) {
            return new Document("_id", person.id())
                    .append(EMAIL, person.isOpen() ? person.email() : null)
                    .append(FORMER_EMAIL, person.isOpen() ? null : person.email())
                    .append("roles", person.roles().stream().map(Role::name).sorted().toList())
                    .append("name", person.name())
                    .append("organisationId", person.organisationId())
                    .append("passwordHash", person.passwordHash())
                    .append("createdAt", date(person.createdAt()))
                    .append(TOKEN_VERSION, person.tokenVersion())
                    .append(CLOSED_AT, date(person.closedAt()))
                    .append("erasedAt", date(person.erasedAt()));
        }

        @Override
        public Person toAggregate(Document document, long version) {
            List<String> roles = document.getList("roles", String.class, List.of());
            Number tokenVersion = (Number) document.get(TOKEN_VERSION);
            String email = document.getString(EMAIL) != null ? document.getString(EMAIL)
                    : document.getString(FORMER_EMAIL);
            return new Person(document.getString("_id"), email, document.getString("name"),
                    document.getString("organisationId"),
                    roles.stream().map(Role::valueOf).collect(Collectors.toUnmodifiableSet()),
                    document.getString("passwordHash"), instant(document.getDate("createdAt")),
                    tokenVersion == null ? 0 : tokenVersion.longValue(), instant(document.getDate(CLOSED_AT)),
                    instant(document.getDate("erasedAt")));
        }
    }
}
