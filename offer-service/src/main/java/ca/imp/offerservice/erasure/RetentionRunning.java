package ca.imp.offerservice.erasure;

import java.util.LinkedHashMap;
import java.util.Map;

import ca.imp.eventstore.decider.DomainError;

/** The worker's personal data is part of the records the employer must still keep: erasing it is refused. */
public record RetentionRunning(String offerNumber, RecordRetention retention) implements DomainError.Conflict {

    public String rule() {
        return "record-retention-running";
    }

    public String detail() {
        String kept = "The worker's personal data on offer " + offerNumber + " is part of the records an employer must keep "
                + "for 6 years (" + source() + ")";
        if (retention instanceof RecordRetention.Runs runs) {
            return kept + ", counted from " + runs.startedBy() + ": it is kept until " + runs.lastDay()
                    + ", and erased automatically after that day.";
        }
        return kept + ": application " + ((RecordRetention.NotStarted) retention).applicationId() + " has no decision yet, "
                + "so it is kept until 6 years after the decision (after the first day of employment, for an approval).";
    }

    /** The citation, as the shared deadline policy writes it. */
    private String source() {
        return retention instanceof RecordRetention.Runs runs ? runs.source() : ((RecordRetention.NotStarted) retention).source();
    }

    @Override
    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("offerNumber", offerNumber);
        facts.put("source", source());
        if (retention instanceof RecordRetention.Runs runs) {
            facts.put("retentionEndsOn", runs.lastDay().toString());
            facts.put("erasableOn", runs.lastDay().plusDays(1).toString());
        } else {
            // no day yet: the words say when it will be, under a name that promises no date
            facts.put("retentionEnds", "6 years after the decision on application "
                    + ((RecordRetention.NotStarted) retention).applicationId());
        }
        return facts;
    }
}
