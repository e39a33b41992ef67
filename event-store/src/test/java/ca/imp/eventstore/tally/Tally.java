package ca.imp.eventstore.tally;

import ca.imp.eventstore.decider.Decider;
import ca.imp.eventstore.decider.Decision;
import ca.imp.eventstore.decider.DomainError;

/** A pure decider: count by some amount, never past the limit. */
public final class Tally implements Decider<Tally.Count, Integer, TallyEvent> {
    public static final int LIMIT = 10;

    public record Count(int by) {
    }

    public record LimitReached(int total) implements DomainError.Conflict {
        @Override
        public String rule() {
            return "tally-limit";
        }

        @Override
        public String detail() {
            return "the tally is at " + total + " and may not pass " + LIMIT;
        }
    }

    @Override
    public Integer initialState() {
        return 0;
    }

    @Override
    public Decision<TallyEvent> decide(Count command, Integer total) {
        if (total + command.by() > LIMIT) {
            return Decision.reject(new LimitReached(total));
        }
        return Decision.accept(new TallyEvent.Counted(command.by()));
    }

    @Override
    public Integer evolve(Integer total, TallyEvent event) {
        return total + ((TallyEvent.Counted) event).by();
    }
}
