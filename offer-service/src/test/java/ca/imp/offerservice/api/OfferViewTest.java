package ca.imp.offerservice.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ca.imp.contract.EventJson;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.offerservice.EmployerPortal;
import ca.imp.offerservice.offer.Offer;
import ca.imp.offerservice.offer.SeenOffer;
import ca.imp.offerservice.privacy.EmployerContact;
import ca.imp.offerservice.privacy.PersonalData;
import ca.imp.offerservice.privacy.PersonalDataRead;
import ca.imp.offerservice.worker.Worker;

/** What an offer's view shows of its personal data: kept, erased, or not the caller's to see. */
class OfferViewTest {
    private static final Instant ERASED_AT = Instant.parse("2026-07-01T10:00:00Z");

    private static JsonNode view(Optional<PersonalDataRead> personalData) throws Exception {
        OfferTerms terms = EventJson.mapper().readValue(EmployerPortal.offerAsTheEventNamesIt(), OfferTerms.class);
        Offer offer = new Offer("A1234567", terms, Optional.empty(), new Offer.Use.Unused(),
                new Offer.Fee.Due(new BigDecimal("230.00"), "CAD"));
        return EventJson.mapper().valueToTree(OfferView.of(new SeenOffer(offer, personalData)));
    }

    private static PersonalData personalData() throws Exception {
        JsonNode offer = EventJson.mapper().readTree(EmployerPortal.OFFER);
        return new PersonalData(EventJson.mapper().treeToValue(offer.get("worker"), Worker.class),
                EventJson.mapper().treeToValue(offer.get("employer").get("contact"), EmployerContact.class));
    }

    @Test
    void kept_personal_data_shows_the_worker_and_the_employer_contact() throws Exception {
        JsonNode view = view(Optional.of(new PersonalDataRead.Kept(personalData())));

        assertEquals("19AB12345", view.at("/worker/passportNumber").asText());
        assertEquals("hr@maple-robotics.example", view.at("/employer/contact/email").asText());
        assertFalse(view.has("personalData"));
    }

    @Test
    void the_job_is_shown_in_the_apis_names_for_days_not_the_events() throws Exception {
        JsonNode job = view(Optional.empty()).get("job");

        assertEquals("2026-09-01", job.get("startsOn").asText());
        assertEquals("2028-08-31", job.get("endsOn").asText());
        assertFalse(job.has("startDate"));
        assertFalse(job.has("endDate"));
    }

    @Test
    void erased_personal_data_shows_when_it_was_erased_and_none_of_it() throws Exception {
        JsonNode view = view(Optional.of(new PersonalDataRead.Erased(ERASED_AT)));

        assertTrue(view.at("/personalData/erased").asBoolean());
        assertEquals(ERASED_AT, Instant.parse(view.at("/personalData/erasedAt").asText()));
        assertFalse(view.has("worker"));
        assertFalse(view.get("employer").has("contact"));
        assertEquals("Maple Robotics Inc.", view.at("/employer/legalName").asText());
    }

    @Test
    void a_caller_who_does_not_see_personal_data_gets_neither_the_data_nor_whether_it_was_erased() throws Exception {
        JsonNode view = view(Optional.empty());

        assertFalse(view.has("worker"));
        assertFalse(view.has("personalData"));
        assertFalse(view.get("employer").has("contact"));
    }
}
