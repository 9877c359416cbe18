package uk.socialvalue.membership.account.persistence;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.membership.account.People;
import uk.socialvalue.membership.account.Person;
import uk.socialvalue.support.security.Role;

/** People in the {@code people} collection; a unique index makes an email address belong to one person. */
@Repository
class MongoPeople implements People {

    private final MongoCollection<Document> collection;

    MongoPeople(MongoDatabase database) {
        this.collection = database.getCollection("people");
        collection.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true).name("one_person_per_email"));
    }

    @Override
    public void add(Person person) {
        try {
            collection.insertOne(toDocument(person));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new EmailTaken(byEmail(person.email()).map(Person::id).orElse(null));
            }
            throw e;
        }
    }

    @Override
    public Optional<Person> byId(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(MongoPeople::toPerson);
    }

    @Override
    public Optional<Person> byEmail(String email) {
        return Optional.ofNullable(collection.find(Filters.eq("email", Person.normaliseEmail(email))).first())
                .map(MongoPeople::toPerson);
    }

    @Override
    public boolean changePassword(String personId, long expectedCredentialVersion, String passwordHash) {
        var result = collection.updateOne(
                Filters.and(Filters.eq("_id", personId), Filters.eq("credentialVersion", expectedCredentialVersion)),
                Updates.combine(Updates.set("passwordHash", passwordHash), Updates.inc("credentialVersion", 1L)));
        return result.getModifiedCount() == 1;
    }

    @Override
    public void remove(String personId) {
        collection.deleteOne(Filters.eq("_id", personId));
    }

    private static Document toDocument(Person person) {
        return new Document("_id", person.id())
                .append("email", person.email())
                .append("name", person.name())
                .append("organisationId", person.organisationId())
                .append("roles", person.roles().stream().map(Role::name).sorted().toList())
                .append("passwordHash", person.passwordHash())
                .append("credentialVersion", person.credentialVersion())
                .append("createdAt", Date.from(person.createdAt()));
    }

    private static Person toPerson(Document document) {
        List<String> roles = document.getList("roles", String.class, List.of());
        return new Person(document.getString("_id"), document.getString("email"), document.getString("name"),
                document.getString("organisationId"),
                roles.stream().map(Role::valueOf).collect(Collectors.toUnmodifiableSet()),
                document.getString("passwordHash"), ((Number) document.get("credentialVersion")).longValue(),
                document.getDate("createdAt").toInstant());
    }
}
