package ca.imp.deadline.rules;

/**
 * How long a deadline kind runs, possibly only for one applicant location.
 *
 * @param location null when the length applies wherever the applicant was
 * @param warning printed with every deadline counted with this length (null: none)
 */
record PeriodLength(ApplicantLocation location, int amount, PeriodUnit unit, String warning) {

    PeriodLength {
        if (amount < 1) {
            throw new IllegalArgumentException("a period must be at least 1 long, was " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("a period needs a unit (DAYS, WEEKS or YEARS)");
        }
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
