package ca.imp.contract.decision;

/** The officer's checkbox grounds for refusing a work permit (domain.md, Decisions). */
public enum RefusalGround {
    /** R200(1)(b): not satisfied the applicant will leave at the end of the stay. */
    NOT_TEMPORARY,
    INSUFFICIENT_FUNDS,
    /** R200(3)(a), including language ability. */
    CANNOT_PERFORM_WORK,
    /** R200(5). */
    OFFER_NOT_GENUINE,
    /** R200(3)(f.1). */
    OFFER_OR_FEE_MISSING,
    /** The evidence does not fit the claimed exemption category. */
    LMIA_OR_CATEGORY,
    INCOMPLETE_DOCUMENTS,
    /** Unauthorized work or study. */
    PAST_NON_COMPLIANCE,
    /** IRPA A40: inadmissible, with a 5-year bar. */
    MISREPRESENTATION,
    /** Criminality, medical. */
    INADMISSIBLE_OTHER
}
