package ca.imp.offerservice.deadlines;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A deadline as deadline-service counted it and as offer-service last heard of it on imp.deadlines.
 *
 * @param offerNumber    the offer the deadline belongs to; empty for an inspection's deadline
 * @param inspectionId   the inspection the deadline belongs to; empty for an offer's deadline
 * @param kind           deadline-service's kind, e.g. {@code JUDICIAL_REVIEW_LEAVE}
 * @param startDate      the day the count started from, if deadline-service said
 * @param basis          deadline-service's plain-language explanation of the count, with its source
 * @param provisional    counted from a stand-in for its start, until deadline-service moves it
 * @param metOn          the day it was met, once deadline-service recorded it met
 * @param metNote        what was recorded with it met, if anything
 */
public record Deadline(UUID deadlineId, Optional<String> offerNumber, Optional<String> inspectionId, String kind,
                       Optional<LocalDate> startDate, LocalDate dueDate, Optional<String> basis, boolean provisional,
                       Status status, Optional<LocalDate> metOn, Optional<String> metNote) {

    /** deadline-service's own vocabulary (docs/api-style.md, "deadline status"). */
    public enum Status {
        /** Still runs. */
        OPEN,
        /** What it asked for was done: {@code metOn} says when. */
        MET,
        /** Its due date passed without it being met (it can still be recorded met afterwards). */
        ELAPSED
    }
}
