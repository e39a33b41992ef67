package ca.imp.offerservice.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.access.Caller;
import ca.imp.access.Role;
import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.EventJson;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.store.Transactions;
import ca.imp.offerservice.EmployerPortal;
import ca.imp.offerservice.ServiceClock;
import ca.imp.offerservice.erasure.EraseDataPastRetention;
import ca.imp.offerservice.offer.ExemptionCodeStanding;
import ca.imp.offerservice.offer.Offer;
import ca.imp.offerservice.offer.OfferCommand;
import ca.imp.offerservice.offer.Offers;
import ca.imp.offerservice.worker.Worker;

/**
 * The worker's personal data: encrypted at rest with a key of its own, erased by destroying that key
 * once the employer no longer has to keep it, and every read of it logged for operators.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class PersonalDataTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final String EMPLOYER = "123456789";
    private static final String OTHER_EMPLOYER = "987654321";
    private static final Caller EMPLOYER_CALLER = Caller.of("employer-of-" + EMPLOYER, Role.EMPLOYER, EMPLOYER);
    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 6, 16);

    @Inject
    PersonalDataVault vault;

    @Inject
    Offers offers;

    @Inject
    EventStore store;

    @Inject
    Pool pool;

    @Inject
    Transactions transactions;

    @Inject
    EraseDataPastRetention automaticErasure;

    @Inject
    ServiceClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** Personal data no other test uses, so finding it anywhere means this test's record leaked. */
    private static PersonalData someonesData() {
        String unique = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        return new PersonalData(
                new Worker("Zyxwarth" + unique, "Quillon" + unique, LocalDate.of(1987, 3, 14), "FR", "FR", "PZ" + unique),
                new EmployerContact("Dana Vexley" + unique, "dana" + unique + "@maple-robotics.example", "+1 613 555 0100"));
    }

    /** An offer of {@code businessNumber} under a fresh number, with its personal data kept as submitting keeps it. */
    private String offerOf(String businessNumber, PersonalData data) throws Exception {
        OfferTerms portalTerms = EventJson.mapper().readValue(EmployerPortal.offerAsTheEventNamesIt(), OfferTerms.class);
        OfferTerms terms = new OfferTerms(new OfferTerms.Employer(businessNumber, portalTerms.employer().legalName(),
                portalTerms.employer().operatingName(), portalTerms.employer().address()),
                portalTerms.job(), portalTerms.exemptionCode());
        String number = "A" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        offers.handle(new OfferCommand.SubmitOffer(number, terms, new BigDecimal("230"), "CAD", Optional.empty(), null,
                        LocalDate.now(), new ExemptionCodeStanding.InForce(), null, null),
                EventMetadata.byActor("employer:employer-of-" + businessNumber)).await().atMost(WITHIN);
        transactions.inTransaction(tx -> vault.keep(tx, number, data)).await().atMost(WITHIN);
        return number;
    }

    private void applicationUses(String number) {
        offers.handle(new OfferCommand.LinkApplication(number, number + "-W1", DECIDED_ON.minusMonths(2)),
                EventMetadata.byActor("system:offer-service")).await().atMost(WITHIN);
    }

    private void decided(String number, DecisionOutcome outcome) {
        offers.handle(new OfferCommand.InvalidateOffer(number, number + "-W1", outcome, outcome != DecisionOutcome.RETURNED, DECIDED_ON,
                UUID.randomUUID(),
                DECIDED_ON.plusMonths(2), null), EventMetadata.byActor("system:offer-service")).await().atMost(WITHIN);
    }

    private static Response erase(String number, String token) {
        return given().auth().oauth2(token).when().delete("/offers/" + number + "/worker");
    }

    private List<UUID> eventsOf(String number) {
        return store.load(number).await().atMost(WITHIN).stream().map(RecordedEvent::eventId).toList();
    }

    private long keysOf(String number) {
        return pool.preparedQuery("SELECT count(*) AS n FROM personal_data_keys WHERE offer_number = $1")
                .execute(Tuple.of(number)).await().atMost(WITHIN).iterator().next().getLong("n");
    }

    /** Every table and column of the database (text-like or bytes) in which the value appears. */
    private List<String> placesHolding(String value) {
        List<String> places = new ArrayList<>();
        for (Row column : pool.query("SELECT table_name, column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb')")
                .execute().await().atMost(WITHIN)) {
            String table = column.getString("table_name");
            String name = column.getString("column_name");
            String asBytes = column.getString("data_type").equals("bytea") ? "\"" + name + "\"" : "convert_to(\"" + name + "\"::text, 'UTF8')";
            long hits = pool.preparedQuery("SELECT count(*) AS n FROM \"" + table + "\" WHERE position(convert_to($1, 'UTF8') in "
                            + asBytes + ") > 0")
                    .execute(Tuple.of(value)).await().atMost(WITHIN).iterator().next().getLong("n");
            if (hits > 0) {
                places.add(table + "." + name);
            }
        }
        return places;
    }

    @Test
    void passport_number_names_and_date_of_birth_appear_in_no_table_in_plain_text() throws Exception {
        PersonalData data = someonesData();
        String number = offerOf(EMPLOYER, data);
        vault.read(number, EMPLOYER_CALLER).await().atMost(WITHIN);

        assertTrue(placesHolding(number).size() > 1, "the search finds what is stored in plain text, such as the offer number");
        assertEquals(List.of(), placesHolding(data.worker().passportNumber()));
        assertEquals(List.of(), placesHolding(data.worker().familyName()));
        assertEquals(List.of(), placesHolding(data.worker().givenNames()));
        assertEquals(List.of(), placesHolding(data.worker().dateOfBirth().toString()));
        assertEquals(List.of(), placesHolding(data.employerContact().name()));
        assertEquals(List.of(), placesHolding(data.employerContact().email()));
        assertEquals(new PersonalDataRead.Kept(data), vault.read(number, EMPLOYER_CALLER).await().atMost(WITHIN));
    }

    @Test
    void a_reminder_recipients_address_appears_in_no_table_in_plain_text_and_an_empty_list_erases_it() {
        String address = "counsel-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@firm.example";
        given().auth().oauth2(TestCallers.representative(OTHER_EMPLOYER)).contentType("application/json")
                .body("{\"emails\": [\"" + address + "\"]}").put("/employers/" + OTHER_EMPLOYER + "/reminder-recipients")
                .then().statusCode(200).body("emails", equalTo(List.of(address)));

        assertEquals(List.of(), placesHolding(address));
        given().auth().oauth2(TestCallers.employer(OTHER_EMPLOYER)).contentType("application/json").body("{\"emails\": []}")
                .put("/employers/" + OTHER_EMPLOYER + "/reminder-recipients").then().statusCode(200);
        assertEquals(List.of(), placesHolding(OTHER_EMPLOYER).stream().filter(p -> p.startsWith("reminder_recipient_lists.")).toList());
    }

    @Test
    void a_record_moved_to_another_offers_row_does_not_open() throws Exception {
        String mine = offerOf(EMPLOYER, someonesData());
        String other = offerOf(EMPLOYER, someonesData());
        pool.preparedQuery("UPDATE personal_data_records SET ciphertext = (SELECT ciphertext FROM personal_data_records"
                + " WHERE offer_number = $1) WHERE offer_number = $2").execute(Tuple.of(mine, other)).await().atMost(WITHIN);

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> vault.read(other, EMPLOYER_CALLER).await().atMost(WITHIN));
        assertTrue(refused.getMessage().contains("cannot be decrypted"), refused.getMessage());
    }

    @Test
    void erasing_an_offer_no_application_used_destroys_its_key_and_keeps_its_events_and_fee() throws Exception {
        String number = offerOf(EMPLOYER, someonesData());
        List<UUID> events = eventsOf(number);
        Offer before = offers.get(number, anyEmployer -> true).await().atMost(WITHIN);

        erase(number, TestCallers.employer(EMPLOYER)).then().statusCode(200)
                .body("offerNumber", equalTo(number))
                .body("erasedBy", equalTo("employer:employer-of-" + EMPLOYER));

        assertInstanceOf(PersonalDataRead.Erased.class, vault.read(number, EMPLOYER_CALLER).await().atMost(WITHIN));
        assertEquals(0, keysOf(number), "the wrapped data key is gone");
        assertEquals(events, eventsOf(number), "every event stays, and no event is added");
        Offer after = offers.get(number, anyEmployer -> true).await().atMost(WITHIN);
        assertEquals(before.fee(), after.fee());
        assertEquals(before.feeStatus(), after.feeStatus());
    }

    @Test
    void erasing_again_answers_the_first_erasure() throws Exception {
        String number = offerOf(EMPLOYER, someonesData());
        String first = erase(number, TestCallers.representative(EMPLOYER)).then().statusCode(200).extract().path("erasedAt");

        erase(number, TestCallers.employer(EMPLOYER)).then().statusCode(200)
                .body("erasedAt", equalTo(first))
                .body("erasedBy", equalTo("representative:representative-of-" + EMPLOYER));
    }

    @Test
    void erasure_is_refused_while_the_application_using_the_offer_awaits_its_decision() throws Exception {
        String number = offerOf(EMPLOYER, someonesData());
        applicationUses(number);

        erase(number, TestCallers.employer(EMPLOYER)).then().statusCode(409)
                .body("rule", equalTo("record-retention-running"))
                .body("detail", containsString("IRPR s.209.2(1)(b)"))
                .body("detail", containsString("has no decision yet"));
        assertInstanceOf(PersonalDataRead.Kept.class, vault.read(number, EMPLOYER_CALLER).await().atMost(WITHIN));
    }

    @Test
    void erasure_is_refused_for_6_years_after_a_refusal_citing_the_day_the_period_ends() throws Exception {
        String number = offerOf(EMPLOYER, someonesData());
        applicationUses(number);
        decided(number, DecisionOutcome.REFUSED);

        erase(number, TestCallers.employer(EMPLOYER)).then().statusCode(409)
                .body("rule", equalTo("record-retention-running"))
                .body("detail", containsString("kept until 2032-06-16"))
                .body("erasableOn", equalTo("2032-06-17"));
        assertEquals(1, keysOf(number));
    }

    @Test
    void when_the_retention_period_ends_the_data_is_erased_without_anyone_asking() throws Exception {
        String refused = offerOf(EMPLOYER, someonesData());
        applicationUses(refused);
        decided(refused, DecisionOutcome.REFUSED);
        String neverUsed = offerOf(EMPLOYER, someonesData());

        clock.moveTo(Instant.parse("2032-06-16T16:00:00Z"));
        automaticErasure.eraseDue(100_000).await().atMost(WITHIN);
        assertInstanceOf(PersonalDataRead.Kept.class, vault.read(refused, EMPLOYER_CALLER).await().atMost(WITHIN),
                "kept through the last day of the period");

        clock.moveTo(Instant.parse("2032-06-17T16:00:00Z"));
        Uni.combine().all().unis(automaticErasure.eraseDue(100_000), automaticErasure.eraseDue(100_000)).discardItems()
                .await().atMost(WITHIN);

        assertInstanceOf(PersonalDataRead.Erased.class, vault.read(refused, EMPLOYER_CALLER).await().atMost(WITHIN));
        assertEquals(0, keysOf(refused));
        assertEquals(EraseDataPastRetention.ACTOR, vault.erasure(refused).await().atMost(WITHIN).orElseThrow().erasedBy());
        assertInstanceOf(PersonalDataRead.Kept.class, vault.read(neverUsed, EMPLOYER_CALLER).await().atMost(WITHIN),
                "an offer no application used has no retention to end: only its employer erases it");
    }

    @Test
    void another_employers_offer_answers_exactly_like_an_absent_offer() throws Exception {
        String number = offerOf(EMPLOYER, someonesData());
        String absent = "A0000001";

        Response foreign = erase(number, TestCallers.employer(OTHER_EMPLOYER));
        Response none = erase(absent, TestCallers.employer(OTHER_EMPLOYER));

        assertEquals(404, foreign.statusCode());
        assertEquals(none.statusCode(), foreign.statusCode());
        assertEquals(none.body().asString().replace(absent, number), foreign.body().asString());
        erase(number, TestCallers.representative(OTHER_EMPLOYER)).then().statusCode(404);
        erase(number, TestCallers.officer()).then().statusCode(403);
        erase(number, TestCallers.ops()).then().statusCode(403);
        assertEquals(1, keysOf(number));
    }

    @Test
    void every_read_is_logged_for_operators_without_the_data() throws Exception {
        PersonalData data = someonesData();
        String number = offerOf(EMPLOYER, data);

        vault.read(number, EMPLOYER_CALLER).await().atMost(WITHIN);
        vault.read(number, Caller.of("representative-of-" + EMPLOYER, Role.REPRESENTATIVE, EMPLOYER)).await().atMost(WITHIN);

        given().auth().oauth2(TestCallers.ops()).queryParam("offerNumber", number)
                .when().get("/ops/personal-data-reads")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].reader", equalTo("representative:representative-of-" + EMPLOYER))
                .body("items[0].role", equalTo("representative"))
                .body("items[1].reader", equalTo("employer:employer-of-" + EMPLOYER))
                .body("items[1].offerNumber", equalTo(number))
                .body(not(containsString(data.worker().passportNumber())))
                .body(not(containsString(data.worker().familyName())));
        given().auth().oauth2(TestCallers.ops()).queryParam("reader", "employer:employer-of-" + EMPLOYER)
                .queryParam("size", 1).when().get("/ops/personal-data-reads")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].reader", equalTo("employer:employer-of-" + EMPLOYER));
    }

    @Test
    void a_read_of_erased_data_returns_nothing_and_logs_nothing() throws Exception {
        String number = offerOf(EMPLOYER, someonesData());
        erase(number, TestCallers.employer(EMPLOYER)).then().statusCode(200);

        vault.read(number, EMPLOYER_CALLER).await().atMost(WITHIN);

        given().auth().oauth2(TestCallers.ops()).queryParam("offerNumber", number).when().get("/ops/personal-data-reads")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void only_operators_list_the_reads() {
        for (String token : List.of(TestCallers.employer(EMPLOYER), TestCallers.representative(EMPLOYER), TestCallers.officer(),
                TestCallers.partner())) {
            given().auth().oauth2(token).when().get("/ops/personal-data-reads").then().statusCode(403);
        }
    }

    @Test
    void the_read_log_pages_within_bounds_and_names_the_field_at_fault() {
        given().auth().oauth2(TestCallers.ops()).queryParam("size", 0).when().get("/ops/personal-data-reads")
                .then().statusCode(400).body("field", equalTo("size"));
        given().auth().oauth2(TestCallers.ops()).queryParam("size", 201).when().get("/ops/personal-data-reads")
                .then().statusCode(400).body("field", equalTo("size"));
        given().auth().oauth2(TestCallers.ops()).queryParam("page", -1).when().get("/ops/personal-data-reads")
                .then().statusCode(400).body("field", equalTo("page"));
        given().auth().oauth2(TestCallers.ops()).queryParam("page", 3).queryParam("size", 200).when().get("/ops/personal-data-reads")
                .then().statusCode(200).body("page", equalTo(3)).body("size", equalTo(200));
    }

    @Test
    void both_operations_are_in_the_openapi_document_as_the_security_matrix_names_them() {
        Map<String, Map<String, Object>> paths = given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");

        assertTrue(paths.get("/offers/{offerNumber}/worker").containsKey("delete"), paths.keySet().toString());
        assertTrue(paths.get("/ops/personal-data-reads").containsKey("get"), paths.keySet().toString());
    }
}
