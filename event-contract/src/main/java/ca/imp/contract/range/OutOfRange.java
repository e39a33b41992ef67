package ca.imp.contract.range;

/**
 * A value outside the range its field allows. Thrown by the consumers' checks on incoming events:
 * such an event is never applied, and retrying it cannot help.
 *
 * @param field the field at fault, as the event's JSON names it
 * @param rule  the broken rule, named as the REST edge names it
 */
public final class OutOfRange extends RuntimeException {
    private final String field;
    private final String rule;

    public OutOfRange(String field, String rule, String detail) {
        super(field + " " + detail, null, false, false);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
