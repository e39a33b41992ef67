package ca.imp.contract.inspection;

/** What the final determination of an inspection found. */
public enum InspectionOutcome {
    COMPLIANT,
    /** Non-compliant, with a warning. */
    WARNING,
    /** Non-compliant, with an administrative monetary penalty. */
    AMP,
    /** Non-compliant, with a ban from employing foreign nationals. */
    BAN
}
