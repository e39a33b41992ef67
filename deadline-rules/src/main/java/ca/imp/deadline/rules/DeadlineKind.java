package ca.imp.deadline.rules;

/**
 * The deadlines the product tracks. Lengths, triggers, forums and sources are in the policy
 * resource; the names are fixed because other services store and react to them.
 */
public enum DeadlineKind {
    JUDICIAL_REVIEW_LEAVE,
    RESTORATION,
    GCMS_RESPONSE,
    FEE_REFUND_FOLLOW_UP,
    MISREPRESENTATION_BAR_ENDS,
    RECORD_RETENTION_ENDS,
    WORK_PERMIT_EXPIRY,
    INSPECTION_DOCUMENTS_DUE,
    PRELIMINARY_FINDING_RESPONSE_DUE,
    AMP_PAYMENT_DUE,
    RIGHTS_INFORMATION_DUE
}
