package ca.imp.deadlineservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;

import ca.imp.contract.EventJson;
import ca.imp.contract.Topics;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.contract.inspection.InspectionEvent;
import ca.imp.contract.offer.ComplianceEvidenceRecorded;
import ca.imp.contract.offer.EmploymentStarted;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.TopicClient;

/** What offer-service and decision-service publish that this service learns from, as the tests send it. */
public final class UpstreamEvents {
    /** The personal data of the employer contact in every offer sent here, which this service must never serve. */
    public static final List<String> CONTACT = List.of("Jane Q. Contact", "jane.contact@example.com", "+1 613 555 0199");

    private final TopicClient kafka = new TopicClient(LocalStack.shared().kafka().bootstrapServers());

    public static String anOfferNumber() {
        return "A%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
    }

    public static String aBusinessNumber() {
        return "%09d".formatted(ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    /**
     * As offer-service publishes it, with the employer contact's personal data; this service reads only
     * the employer's business number and legal name from the terms.
     */
    public void offerSubmitted(String offer, String businessNumber, String legalName) {
        UUID eventId = UUID.randomUUID();
        kafka.send(Topics.OFFERS, offer, """
                {"offerNumber": "%s", "terms": {"employer": {"businessNumber": "%s", "legalName": "%s",
                  "contact": {"name": "%s", "email": "%s", "phone": "%s"}}},
                 "feeDue": 230.00, "currency": "CAD", "replaces": null}"""
                        .formatted(offer, businessNumber, legalName, CONTACT.get(0), CONTACT.get(1), CONTACT.get(2)),
                new EventEnvelope(eventId, "OfferSubmitted", "/offer-service", offer, Instant.now(), 1, eventId, null));
    }

    /** As offer-service publishes it, with the first day of work its job plans. */
    public void offerSubmitted(String offer, String businessNumber, String legalName, LocalDate plannedFirstDay) {
        UUID eventId = UUID.randomUUID();
        kafka.send(Topics.OFFERS, offer, """
                {"offerNumber": "%s", "terms": {"employer": {"businessNumber": "%s", "legalName": "%s"},
                  "job": {"startDate": "%s"}},
                 "feeDue": 230.00, "currency": "CAD", "replaces": null}"""
                        .formatted(offer, businessNumber, legalName, plannedFirstDay),
                new EventEnvelope(eventId, "OfferSubmitted", "/offer-service", offer, Instant.now(), 1, eventId, null));
    }

    /** The employer recorded evidence that it met one of its compliance obligations on the offer. */
    public void evidenceRecorded(String offer, String obligation, LocalDate documentOn, UUID eventId) {
        try {
            kafka.send(Topics.OFFERS, offer, EventJson.mapper().writeValueAsString(
                            new ComplianceEvidenceRecorded(offer, obligation, "rights-leaflet-receipt.pdf", documentOn, null)),
                    new EventEnvelope(eventId, "ComplianceEvidenceRecorded", "/offer-service", offer, Instant.now(), 1, eventId,
                            null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A refusal of the offer's application, communicated that day: it starts judicial review leave among others. */
    public void refused(String offer, LocalDate communicated, ApplicantLocation location, UUID eventId) {
        try {
            kafka.send(Topics.DECISIONS, offer, EventJson.mapper().writeValueAsString(new DecisionRendered(offer + "-1", offer,
                            DecisionOutcome.REFUSED, communicated, communicated, location, List.of("NOT_TEMPORARY"), true)),
                    new EventEnvelope(eventId, "DecisionRendered", "/decision-service", offer, Instant.now(), 1, eventId, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A refusal inside Canada on 16 June 2026: judicial review leave is due 2 July 2026. */
    public void refusedOn16June(String offer) {
        refused(offer, LocalDate.parse("2026-06-16"), ApplicantLocation.INSIDE_CANADA, UUID.randomUUID());
    }

    /** An approval of the offer's application, decided that day: it starts record retention, provisionally. */
    public void approved(String offer, LocalDate decided, UUID eventId) {
        try {
            kafka.send(Topics.DECISIONS, offer, EventJson.mapper().writeValueAsString(new DecisionRendered(offer + "-1", offer,
                            DecisionOutcome.APPROVED, decided, decided, ApplicantLocation.INSIDE_CANADA, List.of(), true)),
                    new EventEnvelope(eventId, "DecisionRendered", "/decision-service", offer, Instant.now(), 2, eventId, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The employer recorded the worker's first day of employment on the approved offer. */
    public void employmentStarted(String offer, LocalDate startedOn, UUID eventId) {
        try {
            kafka.send(Topics.OFFERS, offer, EventJson.mapper().writeValueAsString(
                            new EmploymentStarted(offer, offer + "-1", startedOn)),
                    new EventEnvelope(eventId, "EmploymentStarted", "/offer-service", offer, Instant.now(), 1, eventId, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A step of an inspection as offer-service's relay publishes it: on imp.offers, keyed by the inspection's id, the
     * event's type its record's name. Sent again with the same id, it is the same event redelivered.
     */
    public void inspection(InspectionEvent step, UUID eventId) {
        try {
            kafka.send(Topics.OFFERS, step.inspectionId(), EventJson.mapper().writeValueAsString(step),
                    new EventEnvelope(eventId, step.getClass().getSimpleName(), "/offer-service", step.inspectionId(),
                            Instant.now(), 1, eventId, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
