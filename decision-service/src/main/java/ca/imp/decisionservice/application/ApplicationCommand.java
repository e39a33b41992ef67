package ca.imp.decisionservice.application;

import java.time.LocalDate;
import java.util.List;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.RefusalGround;

/** What can be asked about the work permit applications made with one offer. */
public sealed interface ApplicationCommand {

    String offerNumber();

    record RegisterApplication(String offerNumber, ApplicantLocation applicantLocation, LocalDate submittedOn)
            implements ApplicationCommand {
    }

    /** @param today the date in the configured zone, so the decider can refuse dates in the future without a clock */
    record RenderDecision(String offerNumber, String applicationId, DecisionOutcome outcome, LocalDate decisionDate,
                          LocalDate communicatedDate, List<RefusalGround> grounds, LocalDate today)
            implements ApplicationCommand {
        public RenderDecision {
            grounds = List.copyOf(grounds);
        }
    }
}
