package ca.imp.offerservice.offer;

import java.time.LocalDate;
import java.util.List;

/**
 * What the table of LMIA exemption codes says of an offer's code on the day the offer is submitted. The use case
 * reads the table; the decider judges the answer, so that it stays free of reference data and clocks.
 */
public sealed interface ExemptionCodeStanding {

    /** The code is in force that day. */
    record InForce() implements ExemptionCodeStanding {
    }

    /**
     * The code exists but is not in force that day: retired (its last day is before it, and IRCC names the codes
     * that replaced it) or not yet in force.
     *
     * @param effectiveTo its last day, or null when it is still to come into force
     * @param replacedBy  the codes that replaced it, if any
     */
    record NotInForce(LocalDate effectiveFrom, LocalDate effectiveTo, List<String> replacedBy) implements ExemptionCodeStanding {
        public NotInForce {
            replacedBy = List.copyOf(replacedBy);
        }
    }

    /** No entry of the table has the code. */
    record Unknown() implements ExemptionCodeStanding {
    }
}
