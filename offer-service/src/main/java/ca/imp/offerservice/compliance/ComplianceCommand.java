package ca.imp.offerservice.compliance;

import java.time.LocalDate;

/** What can be asked of an offer's compliance. The reference data and today are in the command, so the decider stays pure. */
public sealed interface ComplianceCommand {

    String offerNumber();

    /** Evidence that one obligation was met, judged by the policy on the day. */
    record RecordEvidence(String offerNumber, Evidence evidence, CompliancePolicy policy, LocalDate today)
            implements ComplianceCommand {
    }

    /** A change to the employment, held against the offer by the policy on the day. */
    record RecordEmploymentChange(String offerNumber, EmploymentChange change, CompliancePolicy policy, LocalDate today)
            implements ComplianceCommand {
    }
}
