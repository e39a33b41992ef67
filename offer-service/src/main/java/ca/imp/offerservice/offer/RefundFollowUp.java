package ca.imp.offerservice.offer;

import java.time.LocalDate;
import java.time.Period;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadline.rules.DeadlineRules;

/**
 * When an employer should chase a refund that has not come. After a refusal: the
 * FEE_REFUND_FOLLOW_UP deadline of the deadline rules (8 weeks), the same rule deadline-service
 * schedules. After a withdrawal IRCC gives no period but says it can take up to a year, so the
 * period is a policy setting ({@code offer.withdrawal-refund-follow-up}).
 */
@Singleton
public class RefundFollowUp {
    private final DeadlineRules rules;
    private final Period afterWithdrawal;

    RefundFollowUp(DeadlineRules rules, @ConfigProperty(name = "offer.withdrawal-refund-follow-up") Period afterWithdrawal) {
        this.rules = rules;
        this.afterWithdrawal = afterWithdrawal;
    }

    public LocalDate afterDecision(LocalDate decisionDate) {
        return rules.compute(DeadlineKind.FEE_REFUND_FOLLOW_UP, decisionDate).dueDate();
    }

    public LocalDate afterWithdrawal(LocalDate withdrawnOn) {
        return withdrawnOn.plus(afterWithdrawal);
    }
}
