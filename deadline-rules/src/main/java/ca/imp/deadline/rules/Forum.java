package ca.imp.deadline.rules;

/**
 * Whose definition of "holiday" decides whether a last day moves forward. The definitions
 * themselves (which weekdays, which recess) are policy data; only the names live in code.
 */
public enum Forum {
    /** Federal Courts Rules r.2: Saturday, Sunday and every Interpretation Act s.35(1) holiday. */
    FEDERAL_COURT,
    /** Interpretation Act s.35(1): Sunday and the listed holidays, but not Saturday. */
    FEDERAL
}
