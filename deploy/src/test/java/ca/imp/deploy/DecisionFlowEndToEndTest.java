package ca.imp.deploy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.restassured.http.ContentType;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.Topics;
import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.contract.envelope.CloudEventType;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.embedded.TopicClient;

/**
 * The flow that defines the product, through the packaged services running as separate
 * processes on a real Kafka broker and a real PostgreSQL: a refusal kills the offer number and
 * starts the judicial review clock, and a decision delivered twice has one effect. Each call
 * carries the token of the caller who makes it in real life (docs/security.md); the services
 * trust the tests' issuer through its key set, fetched over HTTP as from an OpenID Connect provider.
 */
class DecisionFlowEndToEndTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String EMPLOYER = TestCallers.employer(ExampleOffer.BUSINESS_NUMBER);
    private static final String REPRESENTATIVE = TestCallers.representative(ExampleOffer.BUSINESS_NUMBER);
    private static final String OFFICER = TestCallers.officer();
    /**
     * When the employer submitted and paid for the offers the scenarios decide on: before every application
     * made with them (decision-service refuses an application dated before its offer).
     */
    private static final Instant OFFERS_MADE = Instant.parse("2026-01-05T15:00:00Z");
    /** One for each offer a test uses. */
    private static final int OFFERS_NEEDED = 11;
    private static final Deque<String> PAID_OFFERS = new ArrayDeque<>();
    @RegisterExtension
    static final PackagedProduct PRODUCT = new PackagedProduct("e2e");
    private static TopicClient kafka;

    @BeforeAll
    static void start() {
        kafka = new TopicClient(PRODUCT.stack().kafka().bootstrapServers());
        // offer-service as it ran in January, then as it runs today, with the offers it took then
        PRODUCT.kill("offer-service");
        PRODUCT.restartAt("offer-service", OFFERS_MADE, Duration.ofMinutes(2));
        for (int i = 0; i < OFFERS_NEEDED; i++) {
            PAID_OFFERS.add(ExampleOffer.paidAt(offers()));
        }
        PRODUCT.kill("offer-service");
        PRODUCT.restart("offer-service", Duration.ofMinutes(2));
    }


    private static String offers() {
        return PRODUCT.url("offer-service");
    }

    private static String decisions() {
        return PRODUCT.url("decision-service");
    }

    private static String deadlines() {
        return PRODUCT.url("deadline-service");
    }

    /** An offer submitted and paid for in January ({@link #OFFERS_MADE}). */
    private static String paidOffer() {
        return PAID_OFFERS.remove();
    }

    /**
     * As the officer's tooling would, from the worker's application: decision-service learns of the paid offer
     * from offer-service's events within seconds.
     */
    private static String refuse(String offerNumber, String location, String submittedOn, String communicated) {
        return refuse(offerNumber, location, submittedOn, communicated, Map.of());
    }

    /** A refusal whose decision is sent with the given headers (a traceparent, say). */
    private static String refuse(String offerNumber, String location, String submittedOn, String communicated,
                                 Map<String, String> decisionHeaders) {
        String registration = "{\"offerNumber\": \"" + offerNumber + "\", \"applicantLocation\": \"" + location
                + "\", \"submittedOn\": \"" + submittedOn + "\"}";
        String applicationId = await().atMost(WITHIN).until(() -> given().baseUri(decisions()).auth().oauth2(OFFICER)
                .contentType(ContentType.JSON)
                .body(registration).when().post("/applications")
                .then().extract().<String>path("applicationId"), java.util.Objects::nonNull);
        given().baseUri(decisions()).auth().oauth2(OFFICER).headers(decisionHeaders).contentType(ContentType.JSON)
                .body("{\"outcome\": \"REFUSED\", \"decidedOn\": \"" + communicated + "\", \"communicatedOn\": \""
                        + communicated + "\", \"grounds\": [\"NOT_TEMPORARY\", \"INSUFFICIENT_FUNDS\"],"
                        + " \"factors\": [\"TRAVEL_HISTORY\"]}")
                .when().post("/applications/" + applicationId + "/decision")
                .then().statusCode(200).body("decision.outcome", equalTo("REFUSED"));
        return applicationId;
    }

    private static void awaitJudicialReviewDue(String offerNumber, String dueDate) {
        await().atMost(WITHIN).untilAsserted(() -> given().baseUri(deadlines()).auth().oauth2(EMPLOYER)
                .queryParam("offerNumber", offerNumber)
                .when().get("/deadlines")
                .then().statusCode(200)
                .body("items.find { it.kind == 'JUDICIAL_REVIEW_LEAVE' }.dueOn", equalTo(dueDate)));
    }

    @Test
    void a_refusal_inside_canada_invalidates_the_offer_and_starts_the_15_day_judicial_review_clock() {
        String offer = paidOffer();

        String applicationId = refuse(offer, "INSIDE_CANADA", "2026-05-01", "2026-06-16");

        await().atMost(WITHIN).untilAsserted(() -> given().baseUri(offers()).auth().oauth2(EMPLOYER).get("/offers/" + offer).then()
                .body("status", equalTo("REFUSED"))
                .body("invalidation.applicationId", equalTo(applicationId)));
        // day 15 is 2026-07-01, Canada Day: the Federal Courts Rules move it to the next day
        awaitJudicialReviewDue(offer, "2026-07-02");

        given().baseUri(offers()).auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body("{\"reason\": \"position filled\"}")
                .when().post("/offers/" + offer + "/withdrawal")
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("offer-invalidated"))
                .body("invalidatedBy.outcome", equalTo("REFUSED"));
        given().baseUri(decisions()).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"offerNumber\": \"" + offer + "\", \"applicantLocation\": \"INSIDE_CANADA\", \"submittedOn\": \"2026-07-01\"}")
                .when().post("/applications")
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("offer-invalidated"));
    }

    /**
     * The elapses of a refusal decided months ago are mailed to the offer's employer contact, read as the README says:
     * by IMAP, as the contact's address. The mail says the deadline, its basis and how to mark it met, not the worker.
     */
    @Test
    void an_elapsed_deadline_is_mailed_to_the_employer_contact_readable_by_imap_without_the_worker() throws Exception {
        String offer = paidOffer();

        refuse(offer, "OUTSIDE_CANADA", "2026-01-10", "2026-02-02");

        String contact = "hr@maple-robotics.example";
        // the contact's mailbox exists from its first mail on: until then logging in fails
        String mail = await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> mailboxOf(contact).stream()
                .filter(text -> text.contains("Deadline elapsed: judicial review leave, due 2026-04-07, offer " + offer))
                .findFirst(), Optional::isPresent).get();
        for (String said : List.of("Offer: " + offer, "Basis: Application for leave for judicial review", "IRPA s.72(2)(b)",
                "/deadlines/", "/met")) {
            assertTrue(mail.contains(said), "the mail says " + said + ":\n" + mail);
        }
        for (String personal : List.of("Dupont", "Camille", "1990-04-12", "19AB12345", "Dana Tremblay")) {
            assertFalse(mail.contains(personal), "the mail names " + personal + ":\n" + mail);
        }
    }

    /** Each mail in the address's inbox as its subject, a blank line and its text, read by IMAP. */
    private static List<String> mailboxOf(String address) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", PRODUCT.imapPort(), address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> mails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                mails.add(message.getSubject() + "\n\n" + message.getContent());
            }
            return mails;
        } finally {
            store.close();
        }
    }

    @Test
    void a_refusal_outside_canada_starts_the_60_day_clock() {
        String offer = paidOffer();

        refuse(offer, "OUTSIDE_CANADA", "2026-01-10", "2026-02-02");

        // day 60 is Good Friday 2026-04-03; Saturday, Sunday and Easter Monday follow
        awaitJudicialReviewDue(offer, "2026-04-07");
    }

    /**
     * An officer's tool that traces its calls sends the decision with a W3C traceparent: every record the refusal causes,
     * in the three services (its decision, the offer's invalidation, the deadlines it schedules), carries that trace on.
     */
    @Test
    void a_refusal_sent_in_a_trace_is_one_trace_across_the_three_services() throws SQLException {
        String trace = "0af7651916cd43dd8448eb211c80319c";
        String offer = paidOffer();

        refuse(offer, "INSIDE_CANADA", "2026-05-01", "2026-06-16", Map.of("traceparent", "00-" + trace + "-b7ad6b7169203331-01"));
        awaitJudicialReviewDue(offer, "2026-07-02");

        Map<String, String> databases = Map.of(Topics.DECISIONS, "decisions", Topics.OFFERS, "offers",
                Topics.DEADLINES, "deadlines");
        for (String database : databases.values()) {
            awaitRelayed(database, offer);
        }
        ConsumerRecord<String, String> decision = kafka.readToMarker(Topics.DECISIONS, offer, WITHIN).stream()
                .filter(r -> isOf(r, offer, "DecisionRendered")).findFirst().orElseThrow();
        UUID flow = CloudEventHeaders.read(decision.headers()).correlationId();
        List<String> caused = new ArrayList<>();
        for (String topic : databases.keySet()) {
            List<ConsumerRecord<String, String>> ofTheRefusal = kafka.readToMarker(topic, offer, WITHIN).stream()
                    .filter(r -> offer.equals(r.key()) && flow.equals(CloudEventHeaders.read(r.headers()).correlationId()))
                    .toList();
            assertFalse(ofTheRefusal.isEmpty(), "the refusal caused records on " + topic);
            for (ConsumerRecord<String, String> record : ofTheRefusal) {
                String type = TopicClient.eventType(record);
                caused.add(topic + " " + type);
                var header = record.headers().lastHeader("traceparent");
                assertTrue(header != null, type + " on " + topic + " carries a traceparent");
                assertEquals(trace, new String(header.value(), StandardCharsets.UTF_8).split("-")[1],
                        type + " on " + topic + " is in the decision's trace");
            }
        }
        assertTrue(caused.containsAll(List.of(Topics.DECISIONS + " DecisionRendered", Topics.OFFERS + " OfferInvalidated",
                Topics.DEADLINES + " DeadlineScheduled")), "the refusal's records: " + caused);
        System.out.println("one refusal, one trace " + trace + ": " + caused);
    }

    @Test
    void the_same_decision_delivered_twice_invalidates_once_and_schedules_one_set_of_deadlines() throws SQLException {
        String offer = paidOffer();
        refuse(offer, "INSIDE_CANADA", "2026-05-01", "2026-06-16");
        awaitJudicialReviewDue(offer, "2026-07-02");
        int deadlinesBefore = given().baseUri(deadlines()).auth().oauth2(EMPLOYER).queryParam("offerNumber", offer).get("/deadlines")
                .then().extract().path("total");

        ConsumerRecord<String, String> decision = kafka.readUntil(Topics.DECISIONS, records -> records.stream()
                .anyMatch(r -> isOf(r, offer, "DecisionRendered")), WITHIN).stream()
                .filter(r -> isOf(r, offer, "DecisionRendered")).findFirst().orElseThrow();
        kafka.send(new ProducerRecord<>(Topics.DECISIONS, null, decision.key(), decision.value(), decision.headers()));
        // a later event on the same key reaches every consumer after the redelivery: once it has had
        // its effect, the redelivery has been consumed too
        String marker = paidOffer();
        UUID markerId = UUID.randomUUID();
        kafka.send(Topics.DECISIONS, offer, decision.value().replace(offer, marker),
                new EventEnvelope(markerId, "DecisionRendered", "/decision-service", offer, Instant.now(), 1, markerId, null));
        await().atMost(WITHIN).untilAsserted(() -> given().baseUri(offers()).auth().oauth2(EMPLOYER).get("/offers/" + marker).then()
                .body("status", equalTo("REFUSED")));
        awaitJudicialReviewDue(marker, "2026-07-02");

        assertEquals(1, storedEvents("offers", offer, "OfferInvalidated"), "one OfferInvalidated in the offer's history");
        assertEquals(1, published(Topics.OFFERS, "offers", offer, "OfferInvalidated"),
                "one OfferInvalidated published to partners");
        assertEquals(deadlinesBefore, storedEvents("deadlines", offer, "DeadlineScheduled"));
        given().baseUri(deadlines()).auth().oauth2(EMPLOYER).queryParam("offerNumber", offer).get("/deadlines")
                .then().body("total", equalTo(deadlinesBefore));
        assertEquals(deadlinesBefore, published(Topics.DEADLINES, "deadlines", offer, "DeadlineScheduled"),
                "one set of deadlines published");
    }

    @Test
    void an_atip_request_for_the_notes_starts_the_gcms_response_deadline_and_their_arrival_meets_it() {
        String offer = paidOffer();
        String applicationId = refuse(offer, "INSIDE_CANADA", "2026-05-01", "2026-06-16");

        // the worker's representative, acting for the employer, files it
        String requestId = given().baseUri(decisions()).auth().oauth2(REPRESENTATIVE).contentType(ContentType.JSON)
                .body("{\"act\": \"PRIVACY\", \"filedOn\": \"2026-06-18\","
                        + " \"requester\": {\"name\": \"Camille Dupont\", \"role\": \"APPLICANT\", \"inCanada\": true}}")
                .when().post("/applications/" + applicationId + "/gcms-requests")
                // day 30 is Saturday 2026-07-18; outside the Federal Court only Sundays and holidays move a deadline
                .then().statusCode(201).body("responseDue.dueOn", equalTo("2026-07-18"))
                .extract().path("requestId");
        // the system runs on today's date: a response due on a day already past elapses as soon as it is scheduled
        String runningOrElapsed = LocalDate.parse(ExampleOffer.today()).isAfter(LocalDate.parse("2026-07-18")) ? "ELAPSED" : "OPEN";
        await().atMost(WITHIN).untilAsserted(() -> given().baseUri(deadlines()).auth().oauth2(EMPLOYER)
                .queryParam("offerNumber", offer).queryParam("kind", "GCMS_RESPONSE").get("/deadlines").then()
                .body("items[0].dueOn", equalTo("2026-07-18")).body("items[0].status", equalTo(runningOrElapsed)));

        given().baseUri(decisions()).auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"receivedOn\": \"2026-07-08\"}")
                .when().post("/applications/" + applicationId + "/gcms-requests/" + requestId + "/receipt")
                .then().statusCode(200).body("status", equalTo("RECEIVED"));
        await().atMost(WITHIN).untilAsserted(() -> given().baseUri(deadlines()).auth().oauth2(EMPLOYER)
                .queryParam("offerNumber", offer).queryParam("kind", "GCMS_RESPONSE").get("/deadlines").then()
                .body("items[0].status", equalTo("MET")).body("items[0].metOn", equalTo("2026-07-08")));
        given().baseUri(decisions()).auth().oauth2(EMPLOYER).get("/applications/" + applicationId + "/next-steps").then().statusCode(200)
                .body("options.find { it.option == 'JUDICIAL_REVIEW' }.due.dueOn", equalTo("2026-07-02"));
    }

    /** Each service learns whose offer it is from the events; none shows another employer anything. */
    @Test
    void another_employer_finds_neither_the_offer_nor_its_application_nor_its_deadlines() {
        String offer = paidOffer();
        String applicationId = refuse(offer, "INSIDE_CANADA", "2026-05-01", "2026-06-16");
        awaitJudicialReviewDue(offer, "2026-07-02");
        String otherEmployer = TestCallers.employer("987654321");

        given().baseUri(offers()).auth().oauth2(otherEmployer).get("/offers/" + offer).then().statusCode(404)
                .body(not(containsString("19AB12345")));
        given().baseUri(decisions()).auth().oauth2(otherEmployer).get("/applications/" + applicationId).then().statusCode(404);
        given().baseUri(deadlines()).auth().oauth2(otherEmployer).queryParam("offerNumber", offer).get("/deadlines")
                .then().statusCode(200).body("total", equalTo(0));
        // the officer decides any application, yet reads no worker's personal data
        await().atMost(WITHIN).untilAsserted(() -> given().baseUri(offers()).auth().oauth2(OFFICER).get("/offers/" + offer)
                .then().statusCode(200).body("status", equalTo("REFUSED"))
                .body(not(containsString("19AB12345")), not(containsString("1990-04-12"))));
    }

    @Test
    void the_offers_history_names_who_did_what_from_their_tokens() {
        String offer = paidOffer();
        refuse(offer, "INSIDE_CANADA", "2026-05-01", "2026-06-16");
        String employer = "employer:employer-of-" + ExampleOffer.BUSINESS_NUMBER;

        await().atMost(WITHIN).untilAsserted(() -> given().baseUri(offers()).auth().oauth2(EMPLOYER)
                .get("/offers/" + offer + "/history").then().statusCode(200)
                .body("items.find { it.type == 'OfferSubmitted' }.actor", equalTo(employer))
                .body("items.find { it.type == 'FeePaid' }.actor", equalTo(employer))
                // recorded by offer-service itself, on the officer's decision it consumed
                .body("items.find { it.type == 'OfferInvalidated' }.actor", equalTo("system:offer-service")));
    }

    /**
     * What a partner reads is what docs/events/schemas says, for every record of an offer's refusal on the three
     * topics: each is valid by the schema its ce_type and ce_schemaversion name, as the publishing service serves it.
     */
    @Test
    void every_event_published_is_valid_by_the_schema_its_service_serves_for_its_type() {
        String offer = paidOffer();
        refuse(offer, "INSIDE_CANADA", "2026-05-01", "2026-06-16");
        awaitJudicialReviewDue(offer, "2026-07-02");
        Map<String, String> areas = Map.of(Topics.OFFERS, "offer", Topics.DECISIONS, "decision", Topics.DEADLINES, "deadline");
        Map<String, String> publishers = Map.of(Topics.OFFERS, offers(), Topics.DECISIONS, decisions(),
                Topics.DEADLINES, deadlines());
        Map<String, String> databases = Map.of(Topics.OFFERS, "offers", Topics.DECISIONS, "decisions",
                Topics.DEADLINES, "deadlines");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        List<String> invalid = new ArrayList<>();
        int validated = 0;

        for (String topic : areas.keySet()) {
            awaitRelayed(databases.get(topic), offer);
            for (ConsumerRecord<String, String> record : kafka.readToMarker(topic, offer, WITHIN)) {
                String file = areas.get(topic) + "/" + eventType(TopicClient.header(record, CloudEventHeaders.TYPE)) + ".v"
                        + TopicClient.header(record, CloudEventHeaders.SCHEMA_VERSION) + ".json";
                String url = publishers.get(topic) + "/events/schemas/" + file;
                String schema = given().get(url).then().statusCode(200).extract().asString();
                List<com.networknt.schema.Error> errors = registry.getSchema(SchemaLocation.of(url), schema, InputFormat.JSON)
                        .validate(record.value(), InputFormat.JSON, c -> c.executionConfig(e -> e.formatAssertionsEnabled(true)));
                if (!errors.isEmpty()) {
                    invalid.add(file + ": " + errors + " in " + record.value());
                }
                validated++;
            }
        }

        assertEquals(List.of(), invalid);
        assertEquals(true, validated >= 5, "validated only " + validated + " records");
    }

    /**
     * A partner reads the three topics with the CloudEvents Java SDK, as its documentation shows, and every record of an
     * offer's refusal is a CloudEvent 1.0 of a namespaced, versioned type from this deployment's service, about the
     * offer, whose dataschema is served where it says and validates its data.
     */
    @Test
    void a_partner_reads_every_record_with_the_cloudevents_sdk_and_its_dataschema_validates_its_data() {
        String offer = paidOffer();
        refuse(offer, "INSIDE_CANADA", "2026-05-01", "2026-06-16");
        awaitJudicialReviewDue(offer, "2026-07-02");
        Map<String, String> areas = Map.of(Topics.OFFERS, "offer", Topics.DECISIONS, "decision", Topics.DEADLINES, "deadline");
        Map<String, String> databases = Map.of(Topics.OFFERS, "offers", Topics.DECISIONS, "decisions",
                Topics.DEADLINES, "deadlines");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        List<String> wrong = new ArrayList<>();
        Set<String> read = new TreeSet<>();

        for (String topic : areas.keySet()) {
            String area = areas.get(topic);
            awaitRelayed(databases.get(topic), offer);
            for (ConsumerRecord<String, CloudEvent> record : kafka.readToMarker(topic, offer, WITHIN, new CloudEventDeserializer())) {
                CloudEvent event = record.value();
                read.add(event.getType());
                String type = "ca.imp." + area + "." + CloudEventType.eventType(event.getType()) + ".v"
                        + event.getExtension("schemaversion");
                String dataschema = String.valueOf(event.getDataSchema());
                check(wrong, event, "specversion", event.getSpecVersion() == SpecVersion.V1);
                check(wrong, event, "namespaced type " + type, event.getType().equals(type));
                check(wrong, event, "source /" + area + "-service", URI.create("/" + area + "-service").equals(event.getSource()));
                check(wrong, event, "subject " + offer, offer.equals(event.getSubject()));
                check(wrong, event, "time", event.getTime() != null);
                check(wrong, event, "dataschema at its service",
                        dataschema.startsWith(PRODUCT.url(area + "-service") + "/events/schemas/" + area + "/"));
                String schema = given().get(dataschema).then().statusCode(200).extract().asString();
                List<com.networknt.schema.Error> errors = registry.getSchema(SchemaLocation.of(dataschema), schema, InputFormat.JSON)
                        .validate(new String(event.getData().toBytes(), StandardCharsets.UTF_8), InputFormat.JSON,
                                c -> c.executionConfig(e -> e.formatAssertionsEnabled(true)));
                check(wrong, event, "data valid by its dataschema: " + errors, errors.isEmpty());
            }
        }

        assertEquals(List.of(), wrong);
        Set<String> events = read.stream().map(CloudEventType::eventType).collect(Collectors.toSet());
        assertTrue(events.containsAll(Set.of("OfferSubmitted", "FeePaid", "OfferInvalidated", "ApplicationRegistered",
                "DecisionRendered", "DeadlineScheduled")), "read " + read);
    }

    private static void check(List<String> wrong, CloudEvent event, String what, boolean holds) {
        if (!holds) {
            wrong.add(event.getType() + " " + event.getId() + ": not " + what);
        }
    }

    /** The record's event type from its ce_type: the bare record name, or the namespaced ca.imp.<area>.<Type>.v<N>. */
    private static String eventType(String ceType) {
        return ceType.startsWith("ca.imp.") ? ceType.replaceFirst("^ca\\.imp\\.[a-z]+\\.", "").replaceFirst("\\.v\\d+$", "")
                : ceType;
    }

    @Test
    void every_service_serves_health_openapi_swagger_ui_and_the_asyncapi_document_to_anyone() {
        for (String service : List.of(offers(), decisions(), deadlines())) {
            given().baseUri(service).get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
            given().baseUri(service).get("/q/openapi").then().statusCode(200);
            given().baseUri(service).get("/q/swagger-ui/").then().statusCode(200);
            given().baseUri(service).get("/events/asyncapi.yaml").then().statusCode(200).body(containsString("asyncapi: 3.0.0"));
        }
    }

    /** The packaged services verify tokens with the key they were configured with, not one of their own. */
    @Test
    void every_service_refuses_a_call_without_a_token_or_with_a_token_it_does_not_trust() {
        Map<String, String> readByAnEmployer = Map.of(offers(), "/reference/exemption-codes",
                decisions(), "/applications/A1000000-1", deadlines(), "/deadlines");
        readByAnEmployer.forEach((service, path) -> {
            given().baseUri(service).get(path).then().statusCode(401)
                    .header("WWW-Authenticate", startsWith("Bearer"));
            given().baseUri(service).auth().oauth2(TestCallers.badlySignedEmployer(ExampleOffer.BUSINESS_NUMBER)).get(path)
                    .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        });
    }

    /** How many events of a type a service's event store holds for an offer: the history itself, not a view of it. */
    private static int storedEvents(String database, String offer, String type) throws SQLException {
        var postgres = PRODUCT.stack().postgres();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
             PreparedStatement count = db.prepareStatement("SELECT count(*) FROM events WHERE stream_id = ? AND event_type = ?")) {
            count.setString(1, offer);
            count.setString(2, type);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /**
     * How many records of one type a service published for an offer, counted raw (a duplicate counts twice) up to a
     * marker sent once the service's relay has passed the offer's last event.
     */
    private static long published(String topic, String database, String offer, String type) throws SQLException {
        awaitRelayed(database, offer);
        return kafka.readToMarker(topic, offer, WITHIN).stream().filter(r -> isOf(r, offer, type)).count();
    }

    /** Until the service's relay has published the offer's last stored event. */
    private static void awaitRelayed(String database, String offer) {
        await().atMost(WITHIN).until(() -> number(database, "SELECT count(*) FROM events e, checkpoints c WHERE c.name = 'kafka-relay'"
                + " AND e.stream_id = ? AND (e.tx_id, e.global_position) > (c.tx_id, c.position)", offer) == 0);
    }

    private static boolean isOf(ConsumerRecord<String, String> record, String offer, String type) {
        return offer.equals(record.key()) && type.equals(TopicClient.eventType(record));
    }

    private static long number(String database, String sql, String parameter) throws SQLException {
        var postgres = PRODUCT.stack().postgres();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }
}
