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
import java.util.Map;
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
import ca.imp.contract.inspection.DeterminationRendered;
import ca.imp.contract.inspection.InspectionNoticed;
import ca.imp.contract.inspection.InspectionOutcome;
import ca.imp.contract.inspection.PreliminaryFindingAnswered;
import ca.imp.contract.offer.EmploymentChanged;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.contract.offer.OfferWithdrawn;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.offerservice.EmployerPortal;
import ca.imp.offerservice.compliance.Checklist;
import ca.imp.offerservice.compliance.ComplianceState;
import ca.imp.offerservice.compliance.ComplianceState.OfferObligations;
import ca.imp.offerservice.compliance.Evidence;
import ca.imp.offerservice.deadlines.Deadline;
import ca.imp.offerservice.inspection.Inspection;
import ca.imp.offerservice.offer.Offer;
import ca.imp.offerservice.offer.SeenOffer;
import ca.imp.offerservice.privacy.EmployerContact;
import ca.imp.offerservice.privacy.PersonalData;
import ca.imp.offerservice.privacy.PersonalDataRead;
import ca.imp.offerservice.reference.ComplianceObligations.AppliesWhere;
import ca.imp.offerservice.reference.ComplianceObligations.Due;
import ca.imp.offerservice.reference.ComplianceObligations.Obligation;
import ca.imp.offerservice.worker.Worker;

/** The inspection pack as a person reads it: laid out by PDFBox, read back the way a PDF reader extracts text. */
class InspectionPackTest {
    private static final String NUMBER = "A1234567";
    private static final Instant PREPARED_AT = Instant.parse("2026-07-01T10:00:00Z");
    private static final String ACTOR = "employer:employer-of-123456789";
    private static final LocalDate APPROVED_ON = LocalDate.parse("2026-06-16");

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
                PREPARED_AT.minusSeconds(3600 - version), null);
    }

    private static String text(byte[] document) throws IOException {
        try (PDDocument read = Loader.loadPDF(document)) {
            return new PDFTextStripper().getText(read);
        }
    }

    /** An offer's record with nothing but the offer and its history: no obligation applies, no change, deadline or inspection. */
    private static OfferRecord record(SeenOffer seen, List<RecordedEvent> history) throws IOException {
        return new OfferRecord(seen, history, new Checklist(obligations(List.of()), List.of()), List.of(), List.of());
    }

    private static OfferObligations obligations(List<EmploymentChanged> changes) throws IOException {
        OfferTerms.Job job = terms().job();
        return new OfferObligations(NUMBER, job, job, ComplianceState.Standing.APPROVED, Optional.of(APPROVED_ON),
                Optional.empty(), Map.of(), changes);
    }

    private String render(SeenOffer seen, List<RecordedEvent> history) throws IOException {
        return text(pdf.render(record(seen, history).pack(PREPARED_AT)));
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
        for (String heading : List.of("The offer as submitted", "Fee, exemption and refunds", "The decision",
                "Obligations and their evidence", "Changes to the employment", "Deadlines met", "Deadlines open or elapsed",
                "Inspections covering this offer", "History (2 events)")) {
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

    private static Obligation obligation(String id, String label, String regulation, Due due) {
        return new Obligation(id, label, regulation, due, AppliesWhere.EVERY_PROVINCE, LocalDate.parse("2022-09-26"), null,
                "a source");
    }

    private static Deadline deadline(String kind, String dueOn, Deadline.Status status, String metOn, String note, String basis) {
        return new Deadline(UUID.randomUUID(), Optional.of(NUMBER), Optional.empty(), kind, Optional.of(APPROVED_ON),
                LocalDate.parse(dueOn), Optional.of(basis), false, status, Optional.ofNullable(metOn).map(LocalDate::parse),
                Optional.ofNullable(note));
    }

    @Test
    void the_obligations_with_their_evidence_the_changes_from_and_to_the_deadlines_and_the_inspections_each_fill_their_section()
            throws Exception {
        Obligation rights = obligation("RIGHTS_INFORMATION", "Information about the worker's rights", "R209.2(1)(a)",
                Due.FIRST_DAY_OF_WORK);
        Obligation agreement = obligation("SIGNED_EMPLOYMENT_AGREEMENT", "A signed employment agreement", "R209.11(1)(e)",
                Due.BEFORE_OFFER);
        Obligation registration = obligation("PROVINCIAL_EMPLOYER_REGISTRATION", "Provincial registration", "R209.2(1)(a)(ii)",
                Due.BEFORE_OFFER);
        OfferObligations obligations = obligations(List.of(
                new EmploymentChanged(NUMBER, LocalDate.parse("2027-01-01"), new OfferTerms.Wage(new BigDecimal("52.00"),
                        OfferTerms.WageUnit.HOUR), null, null, null, List.of("Amended agreement 2026-12-15")),
                new EmploymentChanged(NUMBER, LocalDate.parse("2027-03-01"), null, new BigDecimal("37.5"), null,
                        new OfferTerms.WorkLocation("Kanata", OfferTerms.Province.ON), List.of())));
        Checklist checklist = new Checklist(obligations, List.of(
                new Checklist.Item(rights, Checklist.Status.DONE, Optional.of(LocalDate.parse("2026-09-01")), false,
                        Optional.of(new Evidence("RIGHTS_INFORMATION", "HR file 2026-118", LocalDate.parse("2026-09-01"),
                                "Given in French")), Optional.empty()),
                new Checklist.Item(agreement, Checklist.Status.OVERDUE, Optional.of(APPROVED_ON), false, Optional.empty(),
                        Optional.empty()),
                new Checklist.Item(registration, Checklist.Status.NOT_APPLICABLE, Optional.empty(), false, Optional.empty(),
                        Optional.of("ON requires no registration of employers of foreign workers on 2026-06-16"))));
        List<Deadline> deadlines = List.of(
                deadline("FEE_REFUND_FOLLOW_UP", "2026-08-11", Deadline.Status.MET, "2026-07-20", "refund arrived",
                        "8 weeks after the decision"),
                deadline("RECORD_RETENTION_ENDS", "2032-09-01", Deadline.Status.OPEN, null, null, "six years from the first day"));
        Inspection inspection = new Inspection(new InspectionNoticed("6f1c0d3e-0000-4000-8000-000000000001", "123456789",
                List.of(NUMBER), LocalDate.parse("2027-04-01"), LocalDate.parse("2027-05-01")),
                Optional.of(LocalDate.parse("2027-06-01")),
                Optional.of(new PreliminaryFindingAnswered("6f1c0d3e-0000-4000-8000-000000000001", "123456789",
                        LocalDate.parse("2027-07-01"), "Response letter 2027-07")),
                Optional.of(new DeterminationRendered("6f1c0d3e-0000-4000-8000-000000000001", "123456789", InspectionOutcome.AMP,
                        new BigDecimal("1000"), "CAD", 2, null, LocalDate.parse("2027-08-01"))),
                Optional.empty());

        String text = text(pdf.render(new OfferRecord(new SeenOffer(withdrawn(null), Optional.empty()), List.of(), checklist,
                deadlines, List.of(inspection)).pack(PREPARED_AT))).replace("\r", "").replace("\n", " ");

        assertTrue(text.contains("Information about the worker's rights (R209.2(1)(a)): DONE, due on 2026-09-01. Evidence:"
                + " HR file 2026-118, dated 2026-09-01 (Given in French)"), text);
        assertTrue(text.contains("A signed employment agreement (R209.11(1)(e)): OVERDUE, due on 2026-06-16"), text);
        assertTrue(text.contains("Provincial registration (R209.2(1)(a)(ii)): NOT_APPLICABLE: ON requires no registration"), text);
        assertTrue(text.contains("From 2027-01-01: wage 48.50 CAD per hour -> 52.00 CAD per hour. Documents: Amended agreement"
                + " 2026-12-15"), text);
        assertTrue(text.contains("From 2027-03-01: hours per week 40 -> 37.5; work location Ottawa ON -> Kanata ON"), text);
        assertTrue(text.contains("FEE_REFUND_FOLLOW_UP: due on 2026-08-11, met on 2026-07-20 (refund arrived). Basis: 8 weeks"
                + " after the decision"), text);
        assertTrue(text.contains("RECORD_RETENTION_ENDS: due on 2032-09-01, OPEN. Basis: six years from the first day"), text);
        assertTrue(text.contains("Inspection 6f1c0d3e-0000-4000-8000-000000000001: notice of 2027-04-01, documents due on"
                + " 2027-05-01; preliminary finding sent on 2027-06-01; answered on 2027-07-01 (Response letter 2027-07);"
                + " determination AMP sent on 2027-08-01, penalty 1000.00 CAD for 2 violation(s)"), text);
    }

    @Test
    void nothing_recorded_in_a_section_is_said_so() throws Exception {
        String text = render(new SeenOffer(withdrawn(null), Optional.empty()), List.of());

        assertTrue(text.contains("No obligation applies to this offer."), text);
        assertTrue(text.contains("No change to the employment is recorded."), text);
        assertTrue(text.contains("No deadline of this offer is recorded met."), text);
        assertTrue(text.contains("No deadline of this offer is open or elapsed."), text);
        assertTrue(text.contains("No inspection recorded covers this offer."), text);
    }

    @Test
    void a_hundred_history_entries_run_over_numbered_pages() throws Exception {
        List<RecordedEvent> history = new ArrayList<>();
        IntStream.rangeClosed(1, 100).forEach(version -> history.add(event(version, "FeePaid",
                "{\"offerNumber\": \"A1234567\", \"amount\": 230.00, \"currency\": \"CAD\", \"paidOn\": \"2026-05-04\"}")));
        InspectionPack pack = record(new SeenOffer(withdrawn(null),
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
