/**
 * Deadlines after an IMP work permit decision, counted the way Canadian federal law counts time.
 *
 * <p>Entry point: {@link ca.imp.deadline.rules.DeadlineRules}. Everything that IRCC, Parliament or
 * the courts may change (lengths, triggers, holidays, forums, the Federal Courts seasonal recess)
 * is in the policy resource {@code deadline-policy.json}, with effective dates; the code holds only
 * the counting method and the shapes of the data.
 *
 * <p>Choices made where the domain reference is silent:
 * <ul>
 *   <li>The version of a deadline kind that applies is the one in effect on the count's start date.
 *   <li>A location-dependent length (judicial review leave) with no location is refused, never guessed.
 *   <li>A kind that a decision triggers but that has no version in effect on its start date is an
 *       error ({@link java.lang.IllegalStateException}), not an absent deadline.
 *   <li>A count in years from February 29 ends on February 28 in a common year (Interpretation
 *       Act s.28, read for years as for months).
 *   <li>End-of-period dates (fee refund follow-up, end of the misrepresentation bar, end of record
 *       retention, a work permit's expiry) are not moved off holidays; the basis says so and names the holiday
 *       they fall on.
 *   <li>Reminder lead days are policy data per deadline kind, with a default for the kinds that name none.
 *   <li>Provincial holidays (s.35(1)(a)) count only when asked for, in every forum.
 *   <li>A date that changes because of the seasonal recess, or a window that overlaps it, always
 *       carries a "verify with counsel" warning.
 * </ul>
 */
package ca.imp.deadline.rules;
