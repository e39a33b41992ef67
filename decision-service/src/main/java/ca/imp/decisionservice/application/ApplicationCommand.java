package ca.imp.decisionservice.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.AtipAct;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.NotTemporaryFactor;
import ca.imp.contract.decision.RefusalGround;
import ca.imp.contract.decision.RequesterRole;
import ca.imp.decisionservice.offers.OfferStanding;

/** What can be asked about the work permit applications made with one offer. */
public sealed interface ApplicationCommand {

    String offerNumber();

    /** @param offer what this service knows of the offer from offer-service's events */
    record RegisterApplication(String offerNumber, ApplicantLocation applicantLocation, LocalDate submittedOn,
                               OfferStanding offer) implements ApplicationCommand {
    }

    /**
     * @param grounds a refusal's grounds, each once, in the order given
     * @param factors what was weighed for a {@code NOT_TEMPORARY} ground, each once
     * @param notesIncluded whether the officer's notes came with the letter
     * @param matterArose where the matter arose for judicial review; null: where the applicant was
     * @param permitExpiresOn the last day of the permit an approval grants; null for any other outcome
     * @param today   the date in the configured zone, so the decider can refuse dates in the future without a clock
     */
    record RenderDecision(String offerNumber, String applicationId, DecisionOutcome outcome, LocalDate decisionDate,
                          LocalDate communicatedDate, List<RefusalGround> grounds, List<NotTemporaryFactor> factors,
                          boolean notesIncluded, ApplicantLocation matterArose, LocalDate permitExpiresOn,
                          LocalDate today) implements ApplicationCommand {
        public RenderDecision {
            grounds = List.copyOf(new LinkedHashSet<>(grounds));
            factors = List.copyOf(new LinkedHashSet<>(factors));
        }
    }

    /**
     * File an ATIP request for the officer's GCMS notes on the application.
     *
     * @param fee the fee under that act, from the fee policy
     */
    record RequestGcmsNotes(String offerNumber, String applicationId, AtipAct act, LocalDate filedOn, RequesterRole requesterRole,
                            boolean requesterInCanada, boolean consentOnFile, BigDecimal fee, String currency,
                            LocalDate today) implements ApplicationCommand {
    }

    /** The notes an ATIP request asked for arrived. */
    record RecordGcmsNotesReceived(String offerNumber, String applicationId, String requestId, LocalDate receivedOn,
                                   LocalDate today) implements ApplicationCommand {
    }
}
