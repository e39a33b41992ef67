package ca.imp.contract.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The deadline policy that counted a deadline (deadline-rules' policy data), so that an operator or a partner can tell a
 * count made under older rules from one made under newer ones.
 *
 * @param version           the policy data's {@code policyVersion}: the day its rules last changed (e.g. {@code 2026-11-28})
 * @param ruleEffectiveFrom the {@code effectiveFrom} of the version of the kind's rule that counted it, which names that
 *                          version within the policy; null when the version has none (in force as far back as the policy
 *                          goes)
 */
public record DeadlinePolicy(String version, LocalDate ruleEffectiveFrom) {
    public DeadlinePolicy {
        Objects.requireNonNull(version, "a deadline policy names its version");
    }
}
