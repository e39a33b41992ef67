package ca.imp.contract.decision;

/** Where the applicant was when the decision was made; it changes which deadlines run and how long they are. */
public enum ApplicantLocation {
    INSIDE_CANADA, OUTSIDE_CANADA
}
