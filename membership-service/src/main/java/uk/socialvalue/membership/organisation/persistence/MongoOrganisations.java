package uk.socialvalue.membership.organisation.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.membership.organisation.Organisation;
import uk.socialvalue.membership.organisation.OrganisationDirectory.RegionStatusCount;
import uk.socialvalue.membership.organisation.Organisations;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.aggregate.DuplicateKey;

/**
 * Organisations in the {@value #COLLECTION} collection, one document each with its contacts, history and
 * outbox, as {@link OrganisationMapping} writes it; this holds their indexes and queries. At most one open
 * membership per council is enforced by a unique sparse index on {@code openGssCode}, a field present only
 * while the membership is open: partial indexes would say it more directly, but not every store we run on
 * has them.
 */
@Repository
class MongoOrganisations extends AggregateStore<Organisation> implements Organisations {

    static final String COLLECTION = "organisations";

    private final MongoCollection<Document> collection;

    MongoOrganisations(AggregateStores stores) {
        super(stores, COLLECTION, "Organisation", new OrganisationMapping());
        this.collection = collection();
        collection.createIndex(Indexes.ascending(OrganisationMapping.OPEN_GSS_CODE),
                new IndexOptions().unique(true).sparse(true).name("one_open_membership_per_council"));
        collection.createIndex(Indexes.ascending("contacts.personId"), new IndexOptions().name("by_contact"));
        collection.createIndex(Indexes.ascending("status", "endsOn"), new IndexOptions().name("by_status_and_end"));
        collection.createIndex(Indexes.ascending("region", "status"), new IndexOptions().name("by_region"));
    }

    @Override
    public void add(Organisation organisation) {
        try {
            super.add(organisation);
        } catch (DuplicateKey e) {
            if (organisation.details().gssCode() == null) {
                throw e;
            }
            throw new OpenMembershipExists(withOpenMembership(organisation.details().gssCode()).orElse("unknown"));
        }
    }

    @Override
    public Optional<String> withOpenMembership(String gssCode) {
        return Optional.ofNullable(collection.find(Filters.eq(OrganisationMapping.OPEN_GSS_CODE, gssCode))
                .projection(Projections.include("_id")).first()).map(document -> document.getString("_id"));
    }

    @Override
    public boolean exists(String id) {
        return collection.countDocuments(Filters.eq("_id", id)) > 0;
    }

    @Override
    public List<Organisation> currentMembers() {
        return read(collection.find(
                Filters.in("status", MembershipStatus.ACTIVE.name(), MembershipStatus.GRACE.name())));
    }

    @Override
    public List<String> dueForLifecycle(LocalDate endingBy) {
        Bson due = Filters.or(Filters.eq("status", MembershipStatus.GRACE.name()),
                Filters.and(Filters.eq("status", MembershipStatus.ACTIVE.name()),
                        Filters.lte("endsOn", OrganisationMapping.text(endingBy))));
        return collection.find(due).projection(Projections.include("_id"))
                .map(document -> document.getString("_id")).into(new ArrayList<>());
    }

    @Override
    public List<String> undecidedSince(Instant appliedBefore) {
        return collection.find(Filters.and(Filters.eq("status", MembershipStatus.PENDING_APPROVAL.name()),
                        Filters.lt("appliedAt", Date.from(appliedBefore))))
                .projection(Projections.include("_id"))
                .map(document -> document.getString("_id")).into(new ArrayList<>());
    }

    @Override
    public List<String> withPerson(String personId) {
        return collection.find(Filters.or(Filters.eq("contacts.personId", personId),
                        Filters.eq("formerContacts.personId", personId)))
                .projection(Projections.include("_id"))
                .map(document -> document.getString("_id")).into(new ArrayList<>());
    }

    @Override
    public Page search(Query query, int page, int size) {
        List<Bson> conditions = new ArrayList<>();
        if (query.status() != null) {
            conditions.add(Filters.eq("status", query.status().name()));
        }
        if (query.region() != null) {
            conditions.add(Filters.eq("region", query.region()));
        }
        if (query.type() != null) {
            conditions.add(Filters.eq("type", query.type().name()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add(Filters.regex("name", Pattern.quote(query.text().strip()), "i"));
        }
        Bson filter = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        List<Organisation> items = read(collection.find(filter).sort(Sorts.ascending("name", "_id"))
                .skip(page * size).limit(size));
        return new Page(items, page, size, collection.countDocuments(filter));
    }

    @Override
    public List<RegionStatusCount> countByRegionAndStatus() {
        List<RegionStatusCount> counts = new ArrayList<>();
        collection.aggregate(List.of(Aggregates.group(
                        new Document("region", "$region").append("status", "$status"), Accumulators.sum("count", 1))))
                .forEach(row -> {
                    Document key = row.get("_id", Document.class);
                    counts.add(new RegionStatusCount(key.getString("region"),
                            MembershipStatus.valueOf(key.getString("status")), ((Number) row.get("count")).longValue()));
                });
        return counts;
    }
}
