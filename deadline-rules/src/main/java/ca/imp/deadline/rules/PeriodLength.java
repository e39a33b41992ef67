package ca.imp.deadline.rules;

/**
 * How long a deadline kind runs, possibly only for one applicant location. A period of 0 days ends on its start
 * date itself: a deadline due on a date the facts give (a permit's expiry is its last day of validity).
 *
 * @param location null when the length applies wherever the applicant was
 * @param warning printed with every deadline counted with this length (null: none)
 */
record PeriodLength(ApplicantLocation location, int amount, PeriodUnit unit, String warning) {

    PeriodLength {
        if (unit == null) {
            throw new IllegalArgumentException("a period needs a unit (DAYS, WEEKS or YEARS)");
        }
        if (amount < 0 || (amount == 0 && unit != PeriodUnit.DAYS)) {
            throw new IllegalArgumentException("a period must be at least 1 long (or 0 days, to end on its start date), was "
                    + amount + " " + unit);
        }
    }

    /** A period that ends on the day it starts from: the start date is the deadline. */
    boolean endsOnItsStart() {
        return amount == 0;
    }

    /** Weeks are 7 days; years are not a fixed number of days, so they have no day count. */
    int inDays() {
        return switch (unit) {
            case DAYS -> amount;
            case WEEKS -> amount * 7;
            case YEARS -> throw new IllegalStateException("years are counted by calendar, not by days");
        };
    }
}
