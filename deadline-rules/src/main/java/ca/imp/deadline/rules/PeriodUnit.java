package ca.imp.deadline.rules;

/** The unit a period is expressed in by its source text. */
enum PeriodUnit {
    DAYS("day", "days"),
    WEEKS("week", "weeks"),
    YEARS("year", "years");

    private final String singular;
    private final String plural;

    PeriodUnit(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    String words(int amount) {
        return amount + " " + (amount == 1 ? singular : plural);
    }
}
