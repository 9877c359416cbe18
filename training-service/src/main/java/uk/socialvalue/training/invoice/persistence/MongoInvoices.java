package uk.socialvalue.training.invoice.persistence;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.invoicing.GapFreeNumbering;
import uk.socialvalue.support.invoicing.InvoiceLine;
import uk.socialvalue.support.invoicing.persistence.InvoiceLineFields;
import uk.socialvalue.support.invoicing.persistence.MongoNumberCounters;
import uk.socialvalue.training.invoice.Invoice;
import uk.socialvalue.training.invoice.Invoices;
import uk.socialvalue.training.invoice.IssuedInvoice;

/**
 * Invoices and credit notes in the {@value #COLLECTION} collection, keyed by their number, each with the event
 * that emails it in its outbox; {@code holder} ({@code <bookingId>|<kind>}) is unique too, so a booking has one
 * of each. The highest number reached per series is a hint in {@value #SERIES}, one tiny document per series
 * and financial year, raised with {@code $max}.
 */
@Repository
class MongoInvoices extends AggregateStore<IssuedInvoice> implements Invoices {

    static final String COLLECTION = "invoices";
    static final String SERIES = "invoiceSeries";
    private static final String HOLDER = "holder";

    private final MongoNumberCounters series;

    MongoInvoices(AggregateStores stores, MongoDatabase database) {
        super(stores, COLLECTION, "Invoice", new Mapping());
        collection().createIndex(Indexes.ascending(HOLDER), new IndexOptions().name("by_holder").unique(true));
        this.series = new MongoNumberCounters(database, SERIES);
    }

    @Override
    public GapFreeNumbering.Claim store(IssuedInvoice issued) {
        Invoice invoice = issued.invoice();
        return MongoNumberCounters.claim(this, issued, Filters.eq(HOLDER, holder(invoice.bookingId(), invoice.kind())));
    }

    @Override
    public Optional<Invoice> of(String bookingId, Invoice.Kind kind) {
        return first(Filters.eq(HOLDER, holder(bookingId, kind))).map(IssuedInvoice::invoice);
    }

    @Override
    public long lastNumber(String seriesName) {
        return series.lastNumber(seriesName);
    }

    @Override
    public void reached(String seriesName, long number) {
        series.reached(seriesName, number);
    }

    static String holder(String bookingId, Invoice.Kind kind) {
        return bookingId + "|" + kind.name();
    }

    /** One document per invoice; amounts as strings with two decimals. */
    static final class Mapping implements AggregateMapping<IssuedInvoice> {

        @Override
        public Document toDocument(IssuedInvoice issued) {
            Invoice i = issued.invoice();
            return new Document("_id", i.number()).append(HOLDER, holder(i.bookingId(), i.kind()))
                    .append("kind", i.kind().name()).append("issuedOn", i.issuedOn().toString())
                    .append("dueOn", i.dueOn() == null ? null : i.dueOn().toString())
                    .append("bookingId", i.bookingId()).append("sessionId", i.sessionId())
                    .append("organisationId", i.organisationId()).append("organisationName", i.organisationName())
                    .append("contactName", i.contactName()).append("contactEmail", i.contactEmail())
                    .append("purchaseOrder", i.purchaseOrder())
                    .append("lines", InvoiceLineFields.toDocuments(i.lines()))
                    .append("net", i.net().toPlainString()).append("vat", i.vat().toPlainString())
                    .append("gross", i.gross().toPlainString()).append("vatNumber", i.vatNumber())
                    .append("credits", i.credits()).append("issuedAt", Date.from(i.issuedAt()));
        }

        @Override
        public IssuedInvoice toAggregate(Document d, long version) {
            List<InvoiceLine> lines = InvoiceLineFields.fromDocuments(d.getList("lines", Document.class));
            var invoice = new Invoice(d.getString("_id"), Invoice.Kind.valueOf(d.getString("kind")),
                    java.time.LocalDate.parse(d.getString("issuedOn")),
                    d.getString("dueOn") == null ? null : java.time.LocalDate.parse(d.getString("dueOn")),
                    d.getString("bookingId"), d.getString("sessionId"), d.getString("organisationId"),
                    d.getString("organisationName"), d.getString("contactName"), d.getString("contactEmail"),
                    d.getString("purchaseOrder"), lines, new BigDecimal(d.getString("net")),
                    new BigDecimal(d.getString("vat")), new BigDecimal(d.getString("gross")),
                    d.getString("vatNumber"), d.getString("credits"), d.getDate("issuedAt").toInstant());
            return new IssuedInvoice(invoice, List.of());
        }
    }
}
