package uk.socialvalue.membership.invoice.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.membership.MembershipInvoiceKind;
import uk.socialvalue.membership.invoice.IssuedMembershipInvoice;
import uk.socialvalue.membership.invoice.MembershipInvoice;
import uk.socialvalue.membership.invoice.MembershipInvoices;
import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.invoicing.GapFreeNumbering;
import uk.socialvalue.support.invoicing.InvoiceLine;
import uk.socialvalue.support.invoicing.VatAmounts;
import uk.socialvalue.support.invoicing.persistence.InvoiceLineFields;
import uk.socialvalue.support.invoicing.persistence.MongoNumberCounters;

/**
 * Membership invoices in {@value #COLLECTION}, keyed by their number, each with the event that emails it in its
 * outbox; {@code term} ({@code <organisationId>|<periodTo>}) is unique too, so a term has one invoice. The highest
 * number per series is a hint in {@value #SERIES}. An organisation's invoice numbers are listed in
 * {@value #LISTS}, one small document per organisation (one number a year), so its list is two keyed reads: the
 * embedded store answers only {@code _id} and unique indexes without reading the whole collection. The list is
 * written after the invoice, and again by every later delivery of its trigger, so an invoice is never left out.
 */
@Repository
class MongoMembershipInvoices extends AggregateStore<IssuedMembershipInvoice> implements MembershipInvoices {

    static final String COLLECTION = "membershipInvoices";
    static final String SERIES = "membershipInvoiceSeries";
    static final String LISTS = "membershipInvoiceLists";
    private static final String TERM = "term";

    private final MongoNumberCounters series;
    private final MongoCollection<Document> lists;

    MongoMembershipInvoices(AggregateStores stores, MongoDatabase database) {
        super(stores, COLLECTION, "Membership invoice", new Mapping());
        collection().createIndex(Indexes.ascending(TERM), new IndexOptions().name("by_term").unique(true));
        this.series = new MongoNumberCounters(database, SERIES);
        this.lists = database.getCollection(LISTS);
    }

    @Override
    public GapFreeNumbering.Claim store(IssuedMembershipInvoice issued) {
        MembershipInvoice invoice = issued.invoice();
        GapFreeNumbering.Claim claim = MongoNumberCounters.claim(this, issued,
                Filters.eq(TERM, term(invoice.organisationId(), invoice.periodTo())));
        if (claim == GapFreeNumbering.Claim.STORED) {
            listed(invoice);
        } else if (claim == GapFreeNumbering.Claim.ALREADY_ISSUED) {
            ofTerm(invoice.organisationId(), invoice.periodTo()); // lists it, if a crash left it out
        }
        return claim;
    }

    @Override
    public Optional<MembershipInvoice> ofTerm(String organisationId, LocalDate periodTo) {
        Optional<MembershipInvoice> found = first(Filters.eq(TERM, term(organisationId, periodTo)))
                .map(IssuedMembershipInvoice::invoice);
        found.ifPresent(this::listed); // a crash between the two writes is mended by the next delivery
        return found;
    }

    @Override
    public Optional<MembershipInvoice> byNumber(String organisationId, String number) {
        return byId(number).map(IssuedMembershipInvoice::invoice)
                .filter(invoice -> invoice.organisationId().equals(organisationId));
    }

    @Override
    public List<MembershipInvoice> ofOrganisation(String organisationId, int page, int size) {
        Document list = lists.find(Filters.eq("_id", organisationId)).first();
        if (list == null) {
            return List.of();
        }
        List<String> numbers = new ArrayList<>(list.getList("numbers", String.class));
        // Numbers of one prefix sort by year and then sequence: newest first.
        numbers.sort(Comparator.reverseOrder());
        long from = (long) page * size;
        if (from >= numbers.size()) {
            return List.of();
        }
        List<String> wanted = numbers.subList((int) from, (int) Math.min(numbers.size(), from + size));
        return read(collection().find(Filters.in("_id", wanted))).stream().map(IssuedMembershipInvoice::invoice)
                .sorted(Comparator.comparing(MembershipInvoice::number).reversed()).toList();
    }

    @Override
    public long lastNumber(String seriesName) {
        return series.lastNumber(seriesName);
    }

    @Override
    public void reached(String seriesName, long number) {
        series.reached(seriesName, number);
    }

    private void listed(MembershipInvoice invoice) {
        lists.updateOne(Filters.eq("_id", invoice.organisationId()), Updates.addToSet("numbers", invoice.number()),
                new UpdateOptions().upsert(true));
    }

    static String term(String organisationId, LocalDate periodTo) {
        return organisationId + "|" + periodTo;
    }

    /** One document per invoice; amounts as strings with two decimals, dates as ISO text. */
    static final class Mapping implements AggregateMapping<IssuedMembershipInvoice> {

        @Override
        public Document toDocument(IssuedMembershipInvoice issued) {
            MembershipInvoice i = issued.invoice();
            return new Document("_id", i.number()).append(TERM, term(i.organisationId(), i.periodTo()))
                    .append("kind", i.kind().name()).append("issuedOn", i.issuedOn().toString())
                    .append("dueOn", i.dueOn().toString()).append("organisationId", i.organisationId())
                    .append("organisationName", i.organisationName()).append("contactName", i.contactName())
                    .append("contactEmail", i.contactEmail()).append("purchaseOrder", i.purchaseOrder())
                    .append("membershipType", i.membershipType()).append("periodFrom", i.periodFrom().toString())
                    .append("periodTo", i.periodTo().toString())
                    .append("lines", InvoiceLineFields.toDocuments(i.lines()))
                    .append("net", i.amounts().net().toPlainString()).append("vat", i.amounts().vat().toPlainString())
                    .append("gross", i.amounts().gross().toPlainString()).append("vatNumber", i.vatNumber())
                    .append("issuedAt", Date.from(i.issuedAt()));
        }

        @Override
        public IssuedMembershipInvoice toAggregate(Document d, long version) {
            List<InvoiceLine> lines = InvoiceLineFields.fromDocuments(d.getList("lines", Document.class));
            var invoice = new MembershipInvoice(d.getString("_id"), MembershipInvoiceKind.valueOf(d.getString("kind")),
                    LocalDate.parse(d.getString("issuedOn")), LocalDate.parse(d.getString("dueOn")),
                    d.getString("organisationId"), d.getString("organisationName"), d.getString("contactName"),
                    d.getString("contactEmail"), d.getString("purchaseOrder"), d.getString("membershipType"),
                    LocalDate.parse(d.getString("periodFrom")), LocalDate.parse(d.getString("periodTo")), lines,
                    new VatAmounts(new BigDecimal(d.getString("net")), new BigDecimal(d.getString("vat")),
                            new BigDecimal(d.getString("gross"))),
                    d.getString("vatNumber"), d.getDate("issuedAt").toInstant());
            return new IssuedMembershipInvoice(invoice, List.of());
        }
    }
}
