package ca.imp.deadline.rules;

/**
 * The outcome of a work permit application, as recorded on the decision.
 *
 * <p>{@link #WITHDRAWN} and {@link #RETURNED} start no deadline here. The employer compliance fee
 * refund after an employer withdraws an offer (IRPR s.303.1(6)) is tracked against the offer, not
 * the decision, and IRCC gives no fixed period for it (it "can take up to a year"), so it is not a
 * deadline kind.
 */
public enum Outcome {
    APPROVED,
    REFUSED,
    WITHDRAWN,
    RETURNED
}
