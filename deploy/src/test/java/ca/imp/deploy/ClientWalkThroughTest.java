package ca.imp.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

import ca.imp.accesstesting.TestCallers;
import ca.imp.client.deadlines.api.CalendarsApi;
import ca.imp.client.deadlines.api.DeadlinesApi;
import ca.imp.client.deadlines.model.DeadlineKind;
import ca.imp.client.deadlines.model.DeadlineView;
import ca.imp.client.deadlines.model.OpenedCalendarFeed;
import ca.imp.client.decisions.api.ApplicationsApi;
import ca.imp.client.decisions.model.ApplicantLocation;
import ca.imp.client.decisions.model.ApplicationView;
import ca.imp.client.decisions.model.DecisionOutcome;
import ca.imp.client.decisions.model.DecisionRequest;
import ca.imp.client.decisions.model.NextSteps;
import ca.imp.client.decisions.model.NotTemporaryFactor;
import ca.imp.client.decisions.model.RefusalGround;
import ca.imp.client.decisions.model.RegisterApplicationRequest;
import ca.imp.client.offers.api.OffersApi;
import ca.imp.client.offers.api.ReferenceDataApi;
import ca.imp.client.offers.model.EmployerContact;
import ca.imp.client.offers.model.EmploymentStartRequest;
import ca.imp.client.offers.model.ExemptionCode;
import ca.imp.client.offers.model.FeePaymentRequest;
import ca.imp.client.offers.model.FeeStatus;
import ca.imp.client.offers.model.OfferRequest;
import ca.imp.client.offers.model.OfferRequestAddress;
import ca.imp.client.offers.model.OfferRequestEmployer;
import ca.imp.client.offers.model.OfferRequestFeeExemption;
import ca.imp.client.offers.model.OfferRequestJob;
import ca.imp.client.offers.model.OfferRequestWage;
import ca.imp.client.offers.model.OfferRequestWorkLocation;
import ca.imp.client.offers.model.OfferStatus;
import ca.imp.client.offers.model.OfferView;
import ca.imp.client.offers.model.Problem;
import ca.imp.client.offers.model.Province;
import ca.imp.client.offers.model.WageUnit;
import ca.imp.client.offers.model.WithdrawalRequest;
import ca.imp.client.offers.model.Worker;

/**
 * The README walk-through, through Java clients generated from the three services' OpenAPI documents
 * (deploy's pom generates them before the tests compile), against the packaged product: what an integrator
 * who generates a client gets. Dates are relative to today: each application is made and decided the day its offer is.
 * Each test is a part of the walk-through (its steps' numbers in comments): the refusal, then what an employer or its
 * law firm does next.
 */
class ClientWalkThroughTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String BUSINESS_NUMBER = ExampleOffer.BUSINESS_NUMBER;
    /** The services' today: an application is never dated before its offer, submitted now. */
    private static final LocalDate TODAY = LocalDate.parse(ExampleOffer.today());
    @RegisterExtension
    static final PackagedProduct PRODUCT = new PackagedProduct("clients");

    private static OffersApi offers(String token) {
        var client = new ca.imp.client.offers.ApiClient();
        client.updateBaseUri(PRODUCT.url("offer-service"));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return new OffersApi(client);
    }

    private static ReferenceDataApi referenceData(String token) {
        var client = new ca.imp.client.offers.ApiClient();
        client.updateBaseUri(PRODUCT.url("offer-service"));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new ReferenceDataApi(client);
    }

    private static ApplicationsApi applications(String token) {
        var client = new ca.imp.client.decisions.ApiClient();
        client.updateBaseUri(PRODUCT.url("decision-service"));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new ApplicationsApi(client);
    }

    private static ca.imp.client.deadlines.ApiClient deadlineClient(String token) {
        var client = new ca.imp.client.deadlines.ApiClient();
        client.updateBaseUri(PRODUCT.url("deadline-service"));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static OfferRequest offer() {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusMonths(3);
        return new OfferRequest()
                .employer(new OfferRequestEmployer().businessNumber(BUSINESS_NUMBER).legalName("Maple Robotics Inc.")
                        .address(new OfferRequestAddress().street("100 Queen St").city("Ottawa").province(Province.ON).postalCode("K1P 1J9"))
                        .contact(new EmployerContact().name("Dana Tremblay").email("hr@maple-robotics.example")))
                .worker(new Worker().familyName("Dupont").givenNames("Camille").dateOfBirth(LocalDate.of(1990, 4, 12))
                        .countryOfCitizenship("FR").countryOfResidence("FR").passportNumber("19AB12345"))
                .job(new OfferRequestJob().title("Robotics engineer").nocCode("21301").duties("Design and test industrial robots.")
                        .hoursPerWeek(BigDecimal.valueOf(40)).wage(new OfferRequestWage().amount(new BigDecimal("48.50")).unit(WageUnit.HOUR))
                        .location(new OfferRequestWorkLocation().city("Ottawa").province(Province.ON))
                        .startsOn(start).endsOn(start.plusYears(2).minusDays(1)))
                .exemptionCode("C10");
    }

    private static FeePaymentRequest fee() {
        return new FeePaymentRequest().amount(new BigDecimal("230.00")).currency("CAD");
    }

    /** decision-service learns of the paid offer from offer-service's events; until then it answers 422 or 409. */
    private static ApplicationView registerOnceKnown(String offerNumber) {
        return registerOnceKnown(offerNumber, ApplicantLocation.INSIDE_CANADA);
    }

    private static ApplicationView registerOnceKnown(String offerNumber, ApplicantLocation applicantLocation) {
        RegisterApplicationRequest application = new RegisterApplicationRequest().offerNumber(offerNumber)
                .applicantLocation(applicantLocation).submittedOn(TODAY);
        return await().atMost(WITHIN).until(() -> {
            try {
                return applications(TestCallers.officer()).registerApplication(application, null);
            } catch (ca.imp.client.decisions.ApiException notYet) {
                assertTrue(Set.of(409, 422).contains(notYet.getCode()), notYet.getResponseBody());
                return null;
            }
        }, registered -> registered != null);
    }

    private static Problem problem(String body) throws IOException {
        return new ObjectMapper().readValue(body, Problem.class);
    }

    @Test
    void a_refusal_kills_the_offer_number_and_starts_the_clock_through_the_generated_clients() throws Exception {
        String employer = TestCallers.employer(BUSINESS_NUMBER);

        // 1. the employer submits an offer and gets its number
        OfferView submitted = offers(employer).submitOffer(offer(), null);
        String offerNumber = submitted.getOfferNumber();
        assertTrue(offerNumber.matches("A\\d{7}"), offerNumber);
        assertEquals(OfferStatus.AWAITING_FEE, submitted.getStatus());

        // 2. it pays the compliance fee
        OfferView paid = offers(employer).payFee(offerNumber, fee(), null);
        assertEquals(OfferStatus.READY, paid.getStatus());
        // ...a retry of the same payment changes nothing and answers the offer as it stands
        assertEquals(paid, offers(employer).payFee(offerNumber, fee(), null));

        // 3. the application made with the offer number is registered
        String applicationId = registerOnceKnown(offerNumber).getApplicationId();
        assertEquals(offerNumber + "-1", applicationId);

        // 4. only an officer may decide; the officer refuses it, with the notes in the letter, decided by a visa office abroad
        DecisionRequest refusal = new DecisionRequest().outcome(DecisionOutcome.REFUSED).decidedOn(TODAY)
                .grounds(List.of(RefusalGround.NOT_TEMPORARY)).factors(List.of(NotTemporaryFactor.TRAVEL_HISTORY))
                .notesIncluded(true).matterArose(ApplicantLocation.OUTSIDE_CANADA);
        var forbidden = assertThrows(ca.imp.client.decisions.ApiException.class,
                () -> applications(employer).recordDecision(applicationId, refusal, null));
        assertEquals(403, forbidden.getCode());
        assertEquals("role-not-allowed", problem(forbidden.getResponseBody()).getRule());
        ApplicationView decided = applications(TestCallers.officer()).recordDecision(applicationId, refusal, null);
        assertEquals(DecisionOutcome.REFUSED, decided.getDecision().getOutcome());

        // ...and the employer reads what it can do next, with the dates: the notes lead, and the matter arose abroad
        NextSteps next = applications(employer).getNextSteps(applicationId);
        assertEquals("READ_NOTES", next.getOptions().get(0).getOption());
        var judicialReviewOption = next.getOptions().stream().filter(o -> "JUDICIAL_REVIEW".equals(o.getOption()))
                .findFirst().orElseThrow().getDue();
        LocalDate judicialReviewDue = judicialReviewOption.getDueOn();
        assertTrue(judicialReviewDue.isAfter(TODAY.plusDays(59)), "judicial review due " + judicialReviewDue);
        assertTrue(judicialReviewOption.getWarnings().stream().anyMatch(w -> w.startsWith("Where the matter arose decides the limit")),
                judicialReviewOption.getWarnings().toString());

        // 5. the offer is invalidated, and the deadlines are scheduled as next steps counted them
        OfferView invalidated = await().atMost(WITHIN).until(() -> offers(employer).getOffer(offerNumber),
                offer -> offer.getStatus() == OfferStatus.REFUSED);
        assertEquals(applicationId, invalidated.getInvalidation().getApplicationId());
        DeadlinesApi deadlines = new DeadlinesApi(deadlineClient(employer));
        DeadlineView judicialReview = await().atMost(WITHIN).until(() -> deadlines
                        .listDeadlines(null, null, null, null, null, DeadlineKind.JUDICIAL_REVIEW_LEAVE, offerNumber, null, null, null).getItems(),
                items -> items.size() == 1).get(0);
        assertEquals(judicialReviewDue, judicialReview.getDueOn());

        // 6. any later use of the dead number is refused, saying why: here a withdrawal
        var refused = assertThrows(ca.imp.client.offers.ApiException.class, () -> offers(employer)
                .withdrawOffer(offerNumber, new WithdrawalRequest().reason("The position was filled locally."), null));
        assertEquals(409, refused.getCode());
        Problem deadNumber = problem(refused.getResponseBody());
        assertEquals("offer-invalidated", deadNumber.getRule());
        Map<?, ?> invalidatedBy = (Map<?, ?>) deadNumber.getAdditionalProperties().get("invalidatedBy");
        assertEquals(applicationId, invalidatedBy.get("applicationId"));
        assertEquals("REFUSED", invalidatedBy.get("outcome"));

        // 7. another employer is told the offer does not exist; the officer reads it without the worker; no token is a 401
        var hidden = assertThrows(ca.imp.client.offers.ApiException.class,
                () -> offers(TestCallers.employer("987654321")).getOffer(offerNumber));
        assertEquals(404, hidden.getCode());
        OfferView seenByOfficer = offers(TestCallers.officer()).getOffer(offerNumber);
        assertEquals(OfferStatus.REFUSED, seenByOfficer.getStatus());
        assertNull(seenByOfficer.getWorker());
        var anonymous = assertThrows(ca.imp.client.offers.ApiException.class, () -> offers(null).getOffer(offerNumber));
        assertEquals(401, anonymous.getCode());
        assertEquals("authentication-required", problem(anonymous.getResponseBody()).getRule());

        // 8. the employer subscribes a calendar to its deadlines, at a secret address that needs no token
        OpenedCalendarFeed feed = new CalendarsApi(deadlineClient(employer)).openCalendarFeed(BUSINESS_NUMBER, null);
        String path = feed.getUrl().getPath();
        String secret = path.substring("/calendar-feeds/".length(), path.length() - "/deadlines.ics".length());
        String calendar = Files.readString(new CalendarsApi(deadlineClient(null)).getCalendarFeed(secret).toPath());
        assertTrue(calendar.startsWith("BEGIN:VCALENDAR"), calendar);
        assertTrue(calendar.contains(judicialReviewDue.toString().replace("-", "")), calendar);
    }

    @Test
    void a_retired_exemption_code_is_refused_naming_its_replacements_and_the_table_of_its_day_shows_it() throws Exception {
        // 9. an offer submitted today with C12, retired on 2022-12-15
        var retired = assertThrows(ca.imp.client.offers.ApiException.class,
                () -> offers(TestCallers.employer(BUSINESS_NUMBER)).submitOffer(offer().exemptionCode("C12"), null));
        assertEquals(422, retired.getCode());
        Problem notInForce = problem(retired.getResponseBody());
        assertEquals("exemption-code-not-in-force", notInForce.getRule());
        assertTrue(notInForce.getDetail().contains("C61, C62, C63"), notInForce.getDetail());

        // ...the table as it stood on 2022-12-01 has it, with what replaced it
        ExemptionCode c12 = referenceData(TestCallers.employer(BUSINESS_NUMBER)).listExemptionCodes("2022-12-01", null, 200).getItems()
                .stream().filter(code -> "C12".equals(code.getCode())).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2022, 12, 14), c12.getEffectiveTo());
        assertEquals(List.of("C61", "C62", "C63"), c12.getReplacedBy());
    }

    @Test
    void an_applicants_own_withdrawal_tells_the_employer_to_withdraw_the_offer_to_recover_the_fee() throws Exception {
        String employer = TestCallers.employer(BUSINESS_NUMBER);
        // 10. a paid offer, applied with; the applicant withdraws the application
        String offerNumber = offers(employer).submitOffer(offer(), null).getOfferNumber();
        offers(employer).payFee(offerNumber, fee(), null);
        String applicationId = registerOnceKnown(offerNumber).getApplicationId();
        applications(TestCallers.officer()).recordDecision(applicationId,
                new DecisionRequest().outcome(DecisionOutcome.WITHDRAWN).decidedOn(TODAY), null);

        // ...the offer names the withdrawal as what the employer should do next
        OfferView ended = await().atMost(WITHIN).until(() -> offers(employer).getOffer(offerNumber),
                offer -> offer.getNextAction() != null);
        assertEquals(OfferStatus.WITHDRAWN, ended.getStatus());
        assertEquals("withdrawOffer", ended.getNextAction().getOperation());
        assertEquals("/offers/" + offerNumber + "/withdrawal", ended.getNextAction().getPath());
        OfferView withdrawn = offers(employer).withdrawOffer(offerNumber, new WithdrawalRequest().reason("The worker took another job."), null);
        assertEquals(FeeStatus.REFUND_OWED, withdrawn.getFee().getStatus());
    }

    @Test
    void a_fee_exempt_program_claimed_by_a_law_firm_then_the_first_day_of_employment_counts_record_retention() throws Exception {
        String lawFirm = TestCallers.representative(BUSINESS_NUMBER, "987654321");
        // 11. the law firm files for its other client an offer that claims a fee-exempt program
        OfferRequest chair = offer().exemptionCode("C31")
                .feeExemption(new OfferRequestFeeExemption().program("RESEARCH_CHAIR").proofReference("CRC nomination 2026-117"));
        chair.getEmployer().businessNumber("987654321").legalName("Rideau Valley University");
        chair.getJob().startsOn(TODAY);
        OfferView claimed = offers(lawFirm).submitOffer(chair, null);
        assertEquals(OfferStatus.READY, claimed.getStatus());
        assertEquals(FeeStatus.EXEMPT, claimed.getFee().getStatus());
        assertEquals("RESEARCH_CHAIR", claimed.getFee().getExemption().getProgram());
        String offerNumber = claimed.getOfferNumber();

        // 12. approved: the permit's expiry is scheduled on its last day; record retention is counted from the approval,
        //     provisionally, and the rights information is due on the first day the offer plans, provisionally
        String applicationId = registerOnceKnown(offerNumber, ApplicantLocation.OUTSIDE_CANADA).getApplicationId();
        LocalDate permitEnds = LocalDate.of(TODAY.getYear() + 3, 6, 30);
        applications(TestCallers.officer()).recordDecision(applicationId,
                new DecisionRequest().outcome(DecisionOutcome.APPROVED).decidedOn(TODAY).permitExpiresOn(permitEnds), null);
        DeadlinesApi deadlines = new DeadlinesApi(deadlineClient(lawFirm));
        DeadlineView expiry = await().atMost(WITHIN).until(() -> deadlines
                        .listDeadlines(null, null, null, null, null, DeadlineKind.WORK_PERMIT_EXPIRY, offerNumber, null, null, null).getItems(),
                items -> items.size() == 1).get(0);
        assertEquals(permitEnds, expiry.getDueOn());
        DeadlineView provisional = await().atMost(WITHIN).until(() -> deadlines
                        .listDeadlines(null, null, null, null, null, DeadlineKind.RECORD_RETENTION_ENDS, offerNumber, null, null, null).getItems(),
                items -> items.size() == 1).get(0);
        assertTrue(provisional.getProvisional(), provisional.getBasis());
        DeadlineView rightsInformation = await().atMost(WITHIN).until(() -> deadlines
                        .listDeadlines(null, null, null, null, null, DeadlineKind.RIGHTS_INFORMATION_DUE, offerNumber, null, null, null).getItems(),
                items -> items.size() == 1).get(0);
        assertEquals(TODAY, rightsInformation.getDueOn());
        assertTrue(rightsInformation.getProvisional(), rightsInformation.getBasis());

        // 13. the first day of employment recorded, the deadline is counted from it
        OfferView started = offers(lawFirm).recordEmploymentStart(offerNumber, new EmploymentStartRequest().startedOn(TODAY), null);
        assertEquals(TODAY, started.getEmploymentStartedOn());
        DeadlineView counted = await().atMost(WITHIN).until(() -> deadlines
                        .listDeadlines(null, null, null, null, null, DeadlineKind.RECORD_RETENTION_ENDS, offerNumber, null, null, null).getItems().get(0),
                deadline -> !deadline.getProvisional());
        assertTrue(counted.getBasis().contains("after the first day of employment, " + TODAY), counted.getBasis());

        // 14. the law firm extends the approved offer for a year from the day after the permit's last; the chain reads the
        //     original, then the extension
        OfferView extension = offers(lawFirm).extendOffer(offerNumber, Map.of("job", Map.of(
                "startsOn", permitEnds.plusDays(1).toString(), "endsOn", permitEnds.plusYears(1).toString())), null);
        assertEquals(permitEnds.plusDays(1), extension.getJob().getStartsOn());
        assertEquals(FeeStatus.EXEMPT, extension.getFee().getStatus());
        var chain = offers(lawFirm).getOfferChain(extension.getOfferNumber(), null, null).getItems();
        assertEquals(List.of(offerNumber, extension.getOfferNumber()), chain.stream().map(entry -> entry.getOfferNumber()).toList());
        assertEquals(List.of("ORIGINAL", "EXTENSION_OF"), chain.stream().map(entry -> String.valueOf(entry.getRelation())).toList());
    }
}
