package ca.imp.offerservice.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ca.imp.contract.EventJson;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.contract.offer.OfferWithdrawn;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.offerservice.EmployerPortal;
import ca.imp.offerservice.offer.Offer;
import ca.imp.offerservice.offer.SeenOffer;
import ca.imp.offerservice.privacy.EmployerContact;
import ca.imp.offerservice.privacy.PersonalData;
import ca.imp.offerservice.privacy.PersonalDataRead;
import ca.imp.offerservice.worker.Worker;

/** The inspection pack as a person reads it: laid out by PDFBox, read back the way a PDF reader extracts text. */
class InspectionPackTest {
    private static final String NUMBER = "A1234567";
    private static final Instant PREPARED_AT = Instant.parse("2026-07-01T10:00:00Z");
    private static final String ACTOR = "employer:employer-of-123456789";

    private final PackPdf pdf = new PackPdf();

    private static OfferTerms terms() throws IOException {
        return EventJson.mapper().readValue(EmployerPortal.offerAsTheEventNamesIt(), OfferTerms.class);
    }

    private static PersonalData personalData(String givenNames) throws IOException {
        JsonNode offer = EventJson.mapper().readTree(EmployerPortal.OFFER);
        Worker worker = EventJson.mapper().treeToValue(offer.get("worker"), Worker.class);
        return new PersonalData(new Worker(worker.familyName(), givenNames, worker.dateOfBirth(), worker.countryOfCitizenship(),
                worker.countryOfResidence(), worker.passportNumber()),
                EventJson.mapper().treeToValue(offer.get("employer").get("contact"), EmployerContact.class));
    }

    private static Offer withdrawn(String reason) throws IOException {
        return new Offer(NUMBER, terms(), Optional.empty(),
                new Offer.Use.Withdrawn(new OfferWithdrawn(NUMBER, LocalDate.parse("2026-05-10"), reason), Optional.empty(),
                        Optional.empty(), Optional.empty()),
                new Offer.Fee.Due(new BigDecimal("230.00"), "CAD"));
    }

    private static RecordedEvent event(long version, String type, String data) {
        return new RecordedEvent(version, 0, NUMBER, version, UUID.randomUUID(), type, 1, data, UUID.randomUUID(), null, ACTOR,
                PREPARED_AT.minusSeconds(3600 - version));
    }

    private static String text(byte[] document) throws IOException {
        try (PDDocument read = Loader.loadPDF(document)) {
            return new PDFTextStripper().getText(read);
        }
    }

    private String render(SeenOffer seen, List<RecordedEvent> history) throws IOException {
        return text(pdf.render(new OfferRecord(seen, history).pack(PREPARED_AT)));
    }

    @Test
    void the_title_page_names_the_employer_the_offer_and_its_status_and_every_section_follows_with_its_heading() throws Exception {
        Offer offer = withdrawn("Poste pourvu à l'interne");

        String text = render(new SeenOffer(offer, Optional.of(new PersonalDataRead.Kept(personalData("Camille")))),
                List.of(event(1, "OfferSubmitted", "{\"offerNumber\": \"A1234567\", \"terms\": {\"exemptionCode\": \"C10\"}}"),
                        event(2, "OfferWithdrawn", "{\"withdrawnOn\": \"2026-05-10\", \"reason\": \"Poste pourvu à l'interne\"}")));

        assertTrue(text.contains("Inspection pack"), text);
        assertTrue(text.contains("Offer A1234567"), text);
        assertTrue(text.contains("Employer: Maple Robotics Inc."), text);
        assertTrue(text.contains("Status: WITHDRAWN"), text);
        for (String heading : List.of("The offer as submitted", "Fee, exemption and refunds", "The decision", "Obligations",
                "Changes to the employment", "Deadlines met", "History (2 events)")) {
            assertTrue(text.contains(heading), heading + " in " + text);
        }
        assertTrue(text.contains("Job: Robotics engineer, NOC 21301 (TEER 1)"), text);
        assertTrue(text.contains("Employer compliance fee: 230.00 CAD, DUE"), text);
        assertTrue(text.contains("Withdrawn by the employer on 2026-05-10: Poste pourvu à l'interne"), text);
        assertTrue(text.contains("2. OfferWithdrawn at 2026-07-01T09:00:02Z by " + ACTOR), text);
        assertTrue(text.contains("withdrawnOn: 2026-05-10; reason: Poste pourvu à l'interne"), text);
        assertTrue(text.contains("terms.exemptionCode: C10"), text);
        assertTrue(text.contains("page 1 of 2"), text);
        assertTrue(text.contains("page 2 of 2"), text);
    }

    @Test
    void the_worker_and_the_contact_appear_as_the_offers_read_shows_them_to_its_employer() throws Exception {
        String text = render(new SeenOffer(withdrawn(null), Optional.of(new PersonalDataRead.Kept(personalData("Camille")))),
                List.of());

        assertTrue(text.contains("Worker: Camille Dupont, born 1990-04-12, citizen of FR, passport 19AB12345"), text);
        assertTrue(text.contains("Employer contact: Dana Tremblay, hr@maple-robotics.example, +1 613 555 0100"), text);
    }

    @Test
    void erased_personal_data_is_said_erased_and_a_caller_who_may_not_see_it_gets_none() throws Exception {
        String erased = render(new SeenOffer(withdrawn(null), Optional.of(new PersonalDataRead.Erased(PREPARED_AT))), List.of());
        String unseen = render(new SeenOffer(withdrawn(null), Optional.empty()), List.of());

        assertTrue(erased.contains("Worker and employer contact: erased at 2026-07-01T10:00:00Z"), erased);
        assertFalse(erased.contains("19AB12345"), erased);
        assertFalse(unseen.contains("Worker"), unseen);
        assertFalse(unseen.contains("19AB12345"), unseen);
    }

    @Test
    void characters_the_font_cannot_show_become_a_question_mark_and_french_accents_stay() throws Exception {
        String text = render(new SeenOffer(withdrawn("Réembauche prévue à Québec, ça marche \uD83D\uDE00 fin"),
                        Optional.of(new PersonalDataRead.Kept(personalData("Zoë Ł")))),
                List.of(event(1, "OfferWithdrawn", "{\"reason\": \"tab\\there \\u0141 \\uD83D\\uDE00\"}")));

        assertTrue(text.contains("Worker: Zoë ? Dupont"), text);
        assertTrue(text.contains("Réembauche prévue à Québec, ça marche ? fin"), text);
        assertTrue(text.contains("reason: tab here ? ?"), text);
    }

    @Test
    void a_word_wider_than_the_page_is_cut_rather_than_lost() throws Exception {
        String reference = "REF" + "0123456789".repeat(20);

        String text = render(new SeenOffer(withdrawn(reference), Optional.empty()), List.of());

        assertTrue(text.replace("\n", "").replace("\r", "").contains(reference), text);
    }

    @Test
    void a_hundred_history_entries_run_over_numbered_pages() throws Exception {
        List<RecordedEvent> history = new ArrayList<>();
        IntStream.rangeClosed(1, 100).forEach(version -> history.add(event(version, "FeePaid",
                "{\"offerNumber\": \"A1234567\", \"amount\": 230.00, \"currency\": \"CAD\", \"paidOn\": \"2026-05-04\"}")));
        InspectionPack pack = new OfferRecord(new SeenOffer(withdrawn(null),
                Optional.of(new PersonalDataRead.Kept(personalData("Camille")))), history).pack(PREPARED_AT);
        pdf.render(pack);

        long started = System.nanoTime();
        byte[] document = pdf.render(pack);
        long millis = (System.nanoTime() - started) / 1_000_000;

        String text = text(document);
        int pages;
        try (PDDocument read = Loader.loadPDF(document)) {
            pages = read.getNumberOfPages();
        }
        System.out.printf("inspection pack with 100 history entries: %d pages, %d bytes, rendered in %d ms%n", pages,
                document.length, millis);
        assertTrue(pages > 2, "pages: " + pages);
        assertTrue(text.contains("100. FeePaid at"), text);
        assertTrue(text.contains("page " + pages + " of " + pages), text);
        assertEquals(pages, Pattern.compile("page \\d+ of " + pages).matcher(text).results().count(), text);
    }
}
