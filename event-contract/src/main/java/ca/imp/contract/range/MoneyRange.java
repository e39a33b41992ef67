package ca.imp.contract.range;

import java.math.BigDecimal;

/**
 * The plausible amounts of money, by what they pay. Policy, stated once for the REST edge
 * ({@link InMoneyRange}) and the consumers ({@link EventRanges}). Compared without ever expanding
 * the number, so that {@code 1e1000000} is refused as cheaply as {@code 1e3}.
 */
public enum MoneyRange {
    /**
     * The employer compliance fee, a payment or a refund of it (CAD 230 under IRPR 303.1, 0 when
     * exempt): in dollars and cents, up to CAD 100,000, far above any fee this product has known.
     */
    FEE(new BigDecimal("0"), new BigDecimal("100000"), 2);

    public static final String RULE = "in-money-range";

    private final BigDecimal least;
    private final BigDecimal most;
    private final int decimals;

    MoneyRange(BigDecimal least, BigDecimal most, int decimals) {
        this.least = least;
        this.most = most;
        this.decimals = decimals;
    }

    /** True for an absent amount: whether an amount is required is another rule. */
    public boolean contains(BigDecimal amount) {
        return amount == null || (amount.compareTo(least) >= 0 && amount.compareTo(most) <= 0
                && amount.stripTrailingZeros().scale() <= decimals);
    }

    public String requirement() {
        return "must be an amount from " + least.toPlainString() + " to " + most.toPlainString() + " with at most "
                + decimals + " decimals";
    }

    /** The consumers' check: throws {@link OutOfRange} naming the field and this rule. */
    public void check(String field, BigDecimal amount) {
        if (!contains(amount)) {
            throw new OutOfRange(field, RULE, requirement());
        }
    }
}
