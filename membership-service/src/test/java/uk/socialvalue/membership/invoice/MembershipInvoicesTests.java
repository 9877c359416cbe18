package uk.socialvalue.membership.invoice;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.ContactSummary;
import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.membership.MembershipInvoiceIssued;
import uk.socialvalue.contracts.membership.MembershipInvoiceKind;
import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.membership.Members;
import uk.socialvalue.membership.Members.SignedIn;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.OutgoingEvent;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Download;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every approval and renewal is invoiced once, numbered without gaps, and served to staff and the member. */
@MembershipIntegrationTest
class MembershipInvoicesTests {

    private static final int MEMBERSHIPS = 200;
    /** A region no other test's working groups or counts use, so that two hundred new members change none. */
    private static final String REGION = "Northern Ireland";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    KafkaTemplate<String, byte[]> kafkaTemplate;

    @Autowired
    MembershipInvoices invoices;

    @Test
    void invoicesAnApprovalWithItsPurchaseOrderAsJsonAndPdfAndAnnouncesItWithThePdf() throws IOException {
        String admin = members().adminToken();
        String email = Unique.email("finance", "trust.example");
        String organisationId = applyAsCharity("Riverside Community Trust", email);

        Response approved = api().post("/api/organisations/" + organisationId + "/approval",
                Map.of("purchaseOrder", "PO-4471"), admin);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        SignedIn contact = members().activate(organisationId, email);

        Response list = awaitInvoices(organisationId, contact.token(), 1);
        var invoice = list.json().get(0);
        String number = invoice.get("number").asString();
        assertThat(number).matches("MEM-\\d{4}-\\d{2}-\\d{6}");
        assertThat(invoice.get("kind").asString()).isEqualTo("MEMBERSHIP_APPROVAL");
        assertThat(invoice.get("net").asString()).isEqualTo("300.00");
        assertThat(invoice.get("vat").asString()).isEqualTo("60.00");
        assertThat(invoice.get("gross").asString()).isEqualTo("360.00");
        assertThat(invoice.get("vatNumber").asString()).isEqualTo(MembershipIntegrationTest.VAT_NUMBER);
        assertThat(invoice.get("purchaseOrder").asString()).isEqualTo("PO-4471");
        assertThat(invoice.get("organisationName").asString()).isEqualTo("Riverside Community Trust");
        assertThat(invoice.get("billingContact").get("email").asString()).isEqualTo(email);
        LocalDate issuedOn = LocalDate.parse(invoice.get("issuedOn").asString());
        assertThat(LocalDate.parse(invoice.get("dueOn").asString())).isEqualTo(issuedOn.plusDays(30));
        assertThat(LocalDate.parse(invoice.get("period").get("from").asString())).isEqualTo(issuedOn);
        assertThat(LocalDate.parse(invoice.get("period").get("to").asString())).isEqualTo(issuedOn.plusMonths(12));

        Response one = api().get("/api/organisations/" + organisationId + "/invoices/" + number, admin);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.text("/number")).isEqualTo(number);
        Download pdf = api().download("/api/organisations/" + organisationId + "/invoices/" + number,
                contact.token());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(text(pdf.body())).contains("VAT invoice", number, "Riverside Community Trust",
                MembershipIntegrationTest.VAT_NUMBER, "PO-4471", "GBP 360.00");

        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_ORGANISATIONS))) {
            var event = (MembershipInvoiceIssued) codec.decode(consumer.awaitRecord(KafkaTestConsumer
                    .ofType("membership.MembershipInvoiceIssued.v1").and(r -> organisationId.equals(r.key()))))
                    .orElseThrow();
            assertThat(event.invoice().number()).isEqualTo(number);
            assertThat(event.billingContact().email()).isEqualTo(email);
            assertThat(text(Base64.getDecoder().decode(event.invoice().pdf()))).contains(number);
        }
    }

    @Test
    void invoicesEachRenewalForItsOwnYearAndListsTheNewestFirst() {
        String admin = members().adminToken();
        String organisationId = applyAsCharity("Northgate Housing Co-operative", Unique.email("a", "co-op.example"));
        assertThat(api().post("/api/organisations/" + organisationId + "/approval", null, admin).status())
                .isEqualTo(200);
        awaitInvoices(organisationId, admin, 1);

        Response renewed = api().post("/api/organisations/" + organisationId + "/renewal",
                Map.of("purchaseOrder", "PO 2028/17"), admin);
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);

        Response list = awaitInvoices(organisationId, admin, 2);
        var renewal = list.json().get(0);
        var approval = list.json().get(1);
        assertThat(renewal.get("kind").asString()).isEqualTo("MEMBERSHIP_RENEWAL");
        assertThat(renewal.get("purchaseOrder").asString()).isEqualTo("PO 2028/17");
        assertThat(approval.get("kind").asString()).isEqualTo("MEMBERSHIP_APPROVAL");
        assertThat(approval.get("purchaseOrder").isNull()).isTrue();
        assertThat(renewal.get("period").get("from").asString()).isEqualTo(approval.get("period").get("to").asString());
        assertThat(renewal.get("number").asString()).isGreaterThan(approval.get("number").asString());
        Response firstPage = api().get("/api/organisations/" + organisationId + "/invoices?size=1", admin);
        Response secondPage = api().get("/api/organisations/" + organisationId + "/invoices?page=1&size=1", admin);
        assertThat(firstPage.json().get(0).get("kind").asString()).isEqualTo("MEMBERSHIP_RENEWAL");
        assertThat(secondPage.json().get(0).get("kind").asString()).isEqualTo("MEMBERSHIP_APPROVAL");
        assertThat(api().get("/api/organisations/" + organisationId + "/invoices?page=2&size=1", admin).json())
                .isEmpty();
    }

    @Test
    void refusesAnotherOrganisationsContactAndNamesTheFieldOfBadInput() {
        String admin = members().adminToken();
        String email = Unique.email("clerk", "parish.example");
        String ours = applyAsCharity("Elmstead Parish Trust", email);
        String theirs = applyAsCharity("Oakwood Foundation", Unique.email("x", "oakwood.example"));
        api().post("/api/organisations/" + ours + "/approval", null, admin);
        api().post("/api/organisations/" + theirs + "/approval", null, admin);
        SignedIn contact = members().activate(ours, email);
        String number = awaitInvoices(theirs, admin, 1).json().get(0).get("number").asString();

        assertThat(api().get("/api/organisations/" + theirs + "/invoices", contact.token()).status()).isEqualTo(403);
        assertThat(api().get("/api/organisations/" + theirs + "/invoices/" + number, contact.token()).status())
                .isEqualTo(403);
        assertThat(api().get("/api/organisations/" + theirs + "/invoices", null).status()).isEqualTo(401);
        assertThat(api().get("/api/organisations/" + ours + "/invoices/" + number, contact.token()).status())
                .as("another organisation's number").isEqualTo(404);
        assertThat(api().get("/api/organisations/unknown-organisation/invoices", admin).status()).isEqualTo(404);
        Response badNumber = api().get("/api/organisations/" + ours + "/invoices/TRN-2026-27-000001", admin);
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.text("/errors/0/field")).isEqualTo("number");
        Response badSize = api().get("/api/organisations/" + ours + "/invoices?size=500", admin);
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.text("/errors/0/field")).isEqualTo("size");

        String pending = applyAsCharity("Pending Trust", Unique.email("p", "pending.example"));
        Response badOrder = api().post("/api/organisations/" + pending + "/approval",
                Map.of("purchaseOrder", "<script>alert(1)</script>"), admin);
        assertThat(badOrder.status()).isEqualTo(400);
        assertThat(badOrder.text("/errors/0/field")).isEqualTo("purchaseOrder");
        assertThat(api().get("/api/organisations/" + pending, admin).text("/status")).isEqualTo("PENDING_APPROVAL");
    }

    @Test
    void anApprovalDeliveredTwiceIsInvoicedOnce() {
        String admin = members().adminToken();
        String organisationId = applyAsCharity("Twice Told Trust", Unique.email("t", "twice.example"));
        api().post("/api/organisations/" + organisationId + "/approval", null, admin);
        String number = awaitInvoices(organisationId, admin, 1).json().get(0).get("number").asString();

        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_ORGANISATIONS))) {
            var activation = (MembershipActivated) codec.decode(consumer.awaitRecord(KafkaTestConsumer
                    .ofType("membership.MembershipActivated.v1").and(r -> organisationId.equals(r.key()))))
                    .orElseThrow();
            kafkaTemplate.send(codec.toRecord(OutgoingEvent.of(activation, codec))).join();
        }
        // The renewal comes after the redelivery on the organisation's partition: once it is invoiced, both were handled.
        api().post("/api/organisations/" + organisationId + "/renewal", null, admin);
        Response list = awaitInvoices(organisationId, admin, 2);

        assertThat(list.json().get(1).get("number").asString()).isEqualTo(number);
        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_ORGANISATIONS))) {
            String renewal = list.json().get(0).get("number").asString();
            consumer.awaitRecord(KafkaTestConsumer.ofType("membership.MembershipInvoiceIssued.v1")
                    .and(r -> codec.decode(r).map(e -> ((MembershipInvoiceIssued) e).invoice().number()
                            .equals(renewal)).orElse(false)));
            assertThat(consumer.records(KafkaTestConsumer.ofType("membership.MembershipInvoiceIssued.v1")
                    .and(r -> organisationId.equals(r.key())))).hasSize(2);
        }
    }

    @Test
    void numbersTwoHundredApprovalsMadeAtOnceWithTwoHundredConsecutiveInvoiceNumbers() throws Exception {
        String admin = members().adminToken();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<String>> applied = new ArrayList<>();
        for (int i = 0; i < MEMBERSHIPS; i++) {
            String name = "Concurrent Charity " + i;
            applied.add(pool.submit(() -> applyAsCharity(name, Unique.email("c", "charity.example"))));
        }
        List<String> organisations = new ArrayList<>();
        for (Future<String> organisationId : applied) {
            organisations.add(organisationId.get());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> approvals = new ArrayList<>();
        for (String organisationId : organisations) {
            approvals.add(pool.submit(() -> {
                start.await();
                return api().post("/api/organisations/" + organisationId + "/approval", null, admin);
            }));
        }
        start.countDown();
        for (Future<Response> approval : approvals) {
            assertThat(approval.get().status()).as(approval.get().toString()).isEqualTo(200);
        }
        pool.shutdown();

        List<Long> numbers = new ArrayList<>();
        for (String organisationId : organisations) {
            String number = awaitInvoices(organisationId, admin, 1).json().get(0).get("number").asString();
            numbers.add(Long.parseLong(number.substring(number.length() - 6)));
        }
        long first = numbers.stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(MEMBERSHIPS)
                .allMatch(number -> number >= first && number < first + MEMBERSHIPS);
    }

    @Test
    void claimsEachNumberOnceAcrossInstancesWithoutAGap() throws Exception {
        // Two instances (no lock shared between them) on one store, in a financial year of their own.
        Clock june2031 = Clock.fixed(Instant.parse("2031-06-01T10:00:00Z"), ZoneOffset.UTC);
        MembershipInvoicing.Fees fees = type -> java.util.Optional.of(new MembershipInvoicing.Fee("Business",
                new java.math.BigDecimal("1200.00")));
        var settings = new InvoicingProperties(MembershipIntegrationTest.VAT_NUMBER, Duration.ofDays(30),
                LocalDate.parse("2026-12-01"));
        InvoiceDocuments tiny = invoice -> new byte[] {'%', 'P', 'D', 'F'};
        List<MembershipInvoicing> instances = List.of(new MembershipInvoicing(invoices, tiny, fees, settings, june2031),
                new MembershipInvoicing(invoices, tiny, fees, settings, june2031));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<MembershipInvoice>> issues = new ArrayList<>();
        for (int i = 0; i < MEMBERSHIPS; i++) {
            MembershipInvoicing instance = instances.get(i % 2);
            var activated = new MembershipActivated("e-" + i, june2031.instant(), "org-2031-" + Unique.name("o"),
                    new OrganisationSummary("Org " + i, OrganisationType.BUSINESS, null, "London"),
                    new ContactSummary("p-" + i, "Pat", "pat@org.example"), "BUSINESS", LocalDate.parse("2031-06-01"),
                    LocalDate.parse("2032-06-01"), null);
            issues.add(() -> {
                start.await();
                return instance.invoice(InvoicedTerm.of(activated)).orElseThrow();
            });
        }
        List<Future<MembershipInvoice>> issued = issues.stream().map(pool::submit).toList();
        start.countDown();
        Map<String, MembershipInvoiceKind> numbers = new HashMap<>();
        for (Future<MembershipInvoice> invoice : issued) {
            numbers.put(invoice.get().number(), invoice.get().kind());
        }
        pool.shutdown();

        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= MEMBERSHIPS; n++) {
            expected.add(String.format("MEM-2031-32-%06d", n));
        }
        assertThat(numbers.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(invoices.lastNumber("MEM-2031-32")).isEqualTo(MEMBERSHIPS);
    }

    private Response awaitInvoices(String organisationId, String token, int count) {
        Response[] list = new Response[1];
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(30))
                .until(() -> {
                    list[0] = api().get("/api/organisations/" + organisationId + "/invoices", token);
                    return list[0].status() == 200 && list[0].json().size() >= count;
                });
        return list[0];
    }

    private String applyAsCharity(String name, String email) {
        Response response = api().post("/api/applications", Map.of(
                "organisation", Map.of("type", "CHARITY_OR_SOCIAL_ENTERPRISE", "name", name, "region", REGION),
                "contact", Map.of("name", "Finance Officer", "email", email, "jobTitle", "Treasurer"),
                "membershipType", "CHARITY_OR_SOCIAL_ENTERPRISE"), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("/organisationId");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private Members members() {
        return new Members(port, kafka, codec);
    }
}
