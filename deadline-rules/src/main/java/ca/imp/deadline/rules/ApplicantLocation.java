package ca.imp.deadline.rules;

/** Where the applicant was when the decision was made; it selects the judicial review time limit. */
public enum ApplicantLocation {
    INSIDE_CANADA("inside Canada"),
    OUTSIDE_CANADA("outside Canada");

    private final String words;

    ApplicantLocation(String words) {
        this.words = words;
    }

    String words() {
        return words;
    }
}
