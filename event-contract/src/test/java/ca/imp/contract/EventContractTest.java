package ca.imp.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.imp.contract.deadline.DeadlinePolicy;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.contract.envelope.CloudEventType;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.contract.offer.OfferExtended;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.contract.offer.OfferInvalidated;

class EventContractTest {
    private static final DeadlinePolicy POLICY = new DeadlinePolicy("2026-11-28", null);

    @Test
    void envelope_survives_the_round_trip_through_kafka_headers() {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "DecisionRendered", "/decision-service",
                "A1234567", Instant.parse("2026-06-16T14:00:00Z"), 1, UUID.randomUUID(), null);
        RecordHeaders headers = new RecordHeaders();

        CloudEventHeaders.write(envelope, headers);

        assertEquals(envelope, CloudEventHeaders.read(headers));
        assertEquals("1.0", new String(headers.lastHeader("ce_specversion").value()));
    }

    @Test
    void a_namespaced_envelope_with_its_dataschema_survives_the_round_trip_through_kafka_headers() {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), CloudEventType.of("decision", "DecisionRendered", 2),
                "/decision-service", "A1234567", Instant.parse("2026-06-16T14:00:00Z"), 2, UUID.randomUUID(), null,
                CloudEventType.dataschema("http://localhost:8082/", "decision", "DecisionRendered", 2));
        RecordHeaders headers = new RecordHeaders();

        CloudEventHeaders.write(envelope, headers);

        assertEquals(envelope, CloudEventHeaders.read(headers));
        assertEquals("ca.imp.decision.DecisionRendered.v2", new String(headers.lastHeader("ce_type").value()));
        assertEquals("http://localhost:8082/events/schemas/decision/DecisionRendered.v2.json",
                new String(headers.lastHeader("ce_dataschema").value()));
        assertEquals("DecisionRendered", envelope.eventType());
    }

    @Test
    void the_event_name_of_a_bare_type_published_before_the_namespace_is_the_type_itself() {
        assertEquals("OfferSubmitted", CloudEventType.eventType("OfferSubmitted"));
        assertEquals("OfferSubmitted", CloudEventType.eventType("ca.imp.offer.OfferSubmitted.v1"));
    }

    @Test
    void a_record_without_an_event_id_is_malformed() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", "DecisionRendered".getBytes());

        var error = assertThrows(CloudEventHeaders.MalformedEnvelope.class, () -> CloudEventHeaders.read(headers));
        assertEquals("missing CloudEvents header ce_id", error.getMessage());
    }

    @Test
    void event_data_is_iso_dated_json_that_tolerates_new_fields() throws Exception {
        var decision = new DecisionRendered("A1234567-1", "A1234567", DecisionOutcome.REFUSED,
                LocalDate.parse("2026-06-16"), LocalDate.parse("2026-06-16"), ApplicantLocation.INSIDE_CANADA,
                List.of("NOT_TEMPORARY"), true);

        String json = EventJson.mapper().writeValueAsString(decision);
        String withNewField = json.replace("{", "{\"addedLater\":true,");

        assertEquals(true, json.contains("\"decisionDate\":\"2026-06-16\""));
        assertEquals(decision, EventJson.mapper().readValue(withNewField, DecisionRendered.class));
    }

    @Test
    void a_decision_of_version_1_is_read_as_invalidating_the_offer_unless_returned_as_then() throws Exception {
        String refused = "{\"applicationId\":\"A1234567-1\",\"offerNumber\":\"A1234567\",\"outcome\":\"REFUSED\","
                + "\"decisionDate\":\"2026-06-16\",\"applicantLocation\":\"INSIDE_CANADA\",\"grounds\":[\"NOT_TEMPORARY\"]}";
        String returned = refused.replace("REFUSED", "RETURNED").replace("\"NOT_TEMPORARY\"", "");

        assertEquals(true, version1(refused).invalidatesOffer());
        assertEquals(false, version1(returned).invalidatesOffer());
    }

    @Test
    void a_decision_that_says_whether_it_invalidates_the_offer_keeps_its_word_through_the_upcast() throws Exception {
        var returnedButInvalidating = new DecisionRendered("A1234567-1", "A1234567", DecisionOutcome.RETURNED,
                LocalDate.parse("2026-06-16"), null, ApplicantLocation.INSIDE_CANADA, List.of(), true);

        assertEquals(returnedButInvalidating, version1(EventJson.mapper().writeValueAsString(returnedButInvalidating)));
    }

    @Test
    void a_decision_stored_before_the_officer_s_notes_and_where_the_matter_arose_reads_as_no_notes_and_where_the_applicant_was()
            throws Exception {
        String stored = "{\"applicationId\":\"A1234567-1\",\"offerNumber\":\"A1234567\",\"outcome\":\"REFUSED\","
                + "\"decisionDate\":\"2026-06-16\",\"applicantLocation\":\"INSIDE_CANADA\",\"grounds\":[\"NOT_TEMPORARY\"],"
                + "\"invalidatesOffer\":true}";

        DecisionRendered read = EventJson.mapper().readValue(stored, DecisionRendered.class);

        assertEquals(false, read.notesIncluded());
        assertNull(read.matterArose());
    }

    @Test
    void an_approval_stored_before_the_permits_validity_end_reads_without_it() throws Exception {
        String stored = "{\"applicationId\":\"A1234567-1\",\"offerNumber\":\"A1234567\",\"outcome\":\"APPROVED\","
                + "\"decisionDate\":\"2026-06-16\",\"applicantLocation\":\"INSIDE_CANADA\",\"invalidatesOffer\":true}";

        assertEquals(null, EventJson.mapper().readValue(stored, DecisionRendered.class).permitValidUntil());
    }

    @Test
    void an_approval_carries_the_permits_validity_end_as_an_iso_date() throws Exception {
        var approved = new DecisionRendered("A1234567-1", "A1234567", DecisionOutcome.APPROVED, LocalDate.parse("2026-06-16"),
                null, ApplicantLocation.INSIDE_CANADA, List.of(), List.of(), true, false, null, LocalDate.parse("2028-06-15"));

        String json = EventJson.mapper().writeValueAsString(approved);

        assertEquals(true, json.contains("\"permitValidUntil\":\"2028-06-15\""), json);
        assertEquals(approved, EventJson.mapper().readValue(json, DecisionRendered.class));
    }

    @Test
    void an_offer_submitted_before_extensions_reads_as_extending_none() throws Exception {
        String stored = "{\"offerNumber\":\"A1234567\",\"feeDue\":230.00,\"currency\":\"CAD\",\"replaces\":null}";

        assertNull(EventJson.mapper().readValue(stored, OfferSubmitted.class).extendsOffer());
    }

    @Test
    void an_extension_names_the_approved_offer_and_the_approved_offer_names_its_extension() throws Exception {
        var extension = new OfferSubmitted("A7654321", null, new java.math.BigDecimal("230.00"), "CAD", null, null, "A1234567");
        var extended = new OfferExtended("A1234567", "A7654321");

        String json = EventJson.mapper().writeValueAsString(extension);

        assertEquals(true, json.contains("\"extendsOffer\":\"A1234567\""), json);
        assertEquals(extension, EventJson.mapper().readValue(json, OfferSubmitted.class));
        assertEquals(extended, EventJson.mapper().readValue(EventJson.mapper().writeValueAsString(extended), OfferExtended.class));
    }

    @Test
    void an_offer_invalidated_before_the_permits_validity_end_was_passed_on_reads_without_it() throws Exception {
        String stored = "{\"offerNumber\":\"A1234567\",\"applicationId\":\"A1234567-1\",\"outcome\":\"APPROVED\","
                + "\"decisionDate\":\"2026-06-16\",\"decisionEventId\":\"00000000-0000-0000-0000-0000000000d1\"}";

        assertNull(EventJson.mapper().readValue(stored, OfferInvalidated.class).permitValidUntil());
    }

    @Test
    void an_offer_invalidated_by_an_approval_carries_the_permits_validity_end_as_an_iso_date() throws Exception {
        var approved = new OfferInvalidated("A1234567", "A1234567-1", DecisionOutcome.APPROVED, LocalDate.parse("2026-06-16"),
                UUID.fromString("00000000-0000-0000-0000-0000000000d1"), LocalDate.parse("2028-06-15"));

        String json = EventJson.mapper().writeValueAsString(approved);

        assertEquals(true, json.contains("\"permitValidUntil\":\"2028-06-15\""), json);
        assertEquals(approved, EventJson.mapper().readValue(json, OfferInvalidated.class));
    }

    private static DecisionRendered version1(String json) throws Exception {
        ObjectNode data = (ObjectNode) EventJson.mapper().readTree(json);
        return EventJson.mapper().treeToValue(DecisionRendered.fromVersion1(data), DecisionRendered.class);
    }

    @Test
    void amounts_keep_their_exact_decimal_value_through_a_json_tree() throws Exception {
        var fee = new ca.imp.contract.offer.FeePaid("A1234567", new java.math.BigDecimal("230.00"), "CAD", LocalDate.parse("2026-05-01"));

        var tree = EventJson.mapper().readTree(EventJson.mapper().writeValueAsString(fee));

        assertEquals(fee, EventJson.mapper().treeToValue(tree, ca.imp.contract.offer.FeePaid.class));
        assertEquals("230.00", EventJson.mapper().treeToValue(tree, ca.imp.contract.offer.FeePaid.class).amount().toPlainString());
    }

    @Test
    void a_deadline_scheduled_before_deadlines_could_be_provisional_reads_as_counted_from_its_own_start() throws Exception {
        var provisional = new DeadlineScheduled(UUID.fromString("00000000-0000-0000-0000-0000000000d1"), "A1234567",
                "A1234567-1", "RECORD_RETENTION_ENDS", LocalDate.parse("2026-03-02"), LocalDate.parse("2032-03-02"),
                "6 years after the decision date (provisional)", "IRPR s.209.2(1)(b)", List.of(), UUID.randomUUID(), true, null);
        String json = EventJson.mapper().writeValueAsString(provisional);

        assertEquals(provisional, EventJson.mapper().readValue(json, DeadlineScheduled.class));
        assertEquals(false, EventJson.mapper().readValue(json.replace(",\"provisional\":true", ""), DeadlineScheduled.class)
                .provisional());
    }

    @Test
    void a_deadline_scheduled_before_inspections_had_deadlines_reads_as_an_offers_deadline() throws Exception {
        var offers = new DeadlineScheduled(UUID.fromString("00000000-0000-0000-0000-0000000000d2"), "A1234567",
                "A1234567-1", "RESTORATION", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-06-01"),
                "90 days after the decision date", "IRPR s.182", List.of(), UUID.randomUUID(), null);
        String json = EventJson.mapper().writeValueAsString(offers)
                .replace(",\"inspectionId\":null", "").replace(",\"businessNumber\":null", "");

        DeadlineScheduled read = EventJson.mapper().readValue(json, DeadlineScheduled.class);
        assertEquals(offers, read);
        assertNull(read.inspectionId());
        assertNull(read.businessNumber());
    }

    @Test
    void an_inspections_deadline_names_the_inspection_and_the_employer_and_no_offer() throws Exception {
        var response = DeadlineScheduled.ofInspection(UUID.fromString("00000000-0000-0000-0000-0000000000d3"),
                "5b0c2a4e-8d7f-4c1a-9e63-2f4b7d1c9a80", "123456789", "PRELIMINARY_FINDING_RESPONSE_DUE",
                LocalDate.parse("2026-03-14"), LocalDate.parse("2026-04-13"), "30 days after it is deemed received",
                "IRPR s.209.994", List.of(), UUID.randomUUID(), POLICY);

        DeadlineScheduled read = EventJson.mapper().readValue(EventJson.mapper().writeValueAsString(response), DeadlineScheduled.class);
        assertEquals(response, read);
        assertNull(read.offerNumber());
        assertEquals("123456789", read.businessNumber());
    }

    @Test
    void a_deadline_belongs_to_an_offer_or_to_an_inspection_of_a_named_employer() {
        assertThrows(IllegalArgumentException.class, () -> DeadlineScheduled.ofInspection(
                UUID.randomUUID(), "5b0c2a4e-8d7f-4c1a-9e63-2f4b7d1c9a80", null, "AMP_PAYMENT_DUE", LocalDate.parse("2026-03-14"),
                LocalDate.parse("2026-04-13"), "b", "s", List.of(), UUID.randomUUID(), POLICY));
        assertThrows(IllegalArgumentException.class, () -> new DeadlineScheduled(
                UUID.randomUUID(), null, null, "RESTORATION", LocalDate.parse("2026-03-14"), LocalDate.parse("2026-04-13"), "b",
                "s", List.of(), UUID.randomUUID(), POLICY));
    }

    @Test
    void a_deadline_scheduled_before_it_recorded_its_policy_reads_as_policy_not_recorded() throws Exception {
        String version1 = "{\"deadlineId\":\"00000000-0000-0000-0000-0000000000d4\",\"offerNumber\":\"A1234567\","
                + "\"applicationId\":\"A1234567-1\",\"kind\":\"RESTORATION\",\"startDate\":\"2026-03-02\","
                + "\"dueDate\":\"2026-06-01\",\"basis\":\"90 days after the decision date\",\"source\":\"IRPR s.182\","
                + "\"warnings\":[],\"causeEventId\":\"00000000-0000-0000-0000-0000000000c1\",\"provisional\":false,"
                + "\"inspectionId\":null,\"businessNumber\":null}";

        DeadlineScheduled read = EventJson.mapper().treeToValue(
                DeadlineScheduled.fromVersion1((ObjectNode) EventJson.mapper().readTree(version1)), DeadlineScheduled.class);

        assertNull(read.policy());
        assertEquals(LocalDate.parse("2026-06-01"), read.dueDate());
    }

    @Test
    void a_deadline_that_names_its_policy_keeps_it_when_read_as_version_1() throws Exception {
        var counted = new DeadlineScheduled(UUID.fromString("00000000-0000-0000-0000-0000000000d5"), "A1234567",
                "A1234567-1", "RIGHTS_INFORMATION_DUE", LocalDate.parse("2026-09-14"), LocalDate.parse("2026-09-14"),
                "the first day of employment", "IRPR s.209.2(1)(a)", List.of(), UUID.randomUUID(),
                new DeadlinePolicy("2026-11-28", LocalDate.parse("2022-09-26")));
        ObjectNode data = EventJson.mapper().valueToTree(counted);

        assertEquals(counted, EventJson.mapper().treeToValue(DeadlineScheduled.fromVersion1(data), DeadlineScheduled.class));
        assertEquals("2022-09-26", data.path("policy").path("ruleEffectiveFrom").asText());
    }

    /** What a consumer written for version 1 of DeadlineScheduled binds the data to: the shape it knew, without policy. */
    private record DeadlineScheduledAsVersion1Knew(UUID deadlineId, String offerNumber, String applicationId, String kind,
                                                   LocalDate startDate, LocalDate dueDate, String basis, String source,
                                                   List<String> warnings, UUID causeEventId, boolean provisional,
                                                   String inspectionId, String businessNumber) {
    }

    @Test
    void a_consumer_written_for_version_1_reads_a_version_2_deadline_it_matches_by_the_types_name() throws Exception {
        var counted = new DeadlineScheduled(UUID.fromString("00000000-0000-0000-0000-0000000000d6"), "A1234567",
                "A1234567-1", "JUDICIAL_REVIEW_LEAVE", LocalDate.parse("2026-06-16"), LocalDate.parse("2026-07-02"),
                "15 days after the decision was communicated", "IRPA s.72(2)(b)", List.of("check where the matter arose"),
                UUID.fromString("00000000-0000-0000-0000-0000000000c2"), false, POLICY);

        var read = EventJson.mapper().readValue(EventJson.mapper().writeValueAsString(counted),
                DeadlineScheduledAsVersion1Knew.class);

        assertEquals(new DeadlineScheduledAsVersion1Knew(counted.deadlineId(), "A1234567", "A1234567-1", "JUDICIAL_REVIEW_LEAVE",
                counted.startDate(), counted.dueDate(), counted.basis(), counted.source(), counted.warnings(),
                counted.causeEventId(), false, null, null), read);
        assertEquals("DeadlineScheduled", CloudEventType.eventType(CloudEventType.of("deadline", "DeadlineScheduled", 2)));
    }
}
