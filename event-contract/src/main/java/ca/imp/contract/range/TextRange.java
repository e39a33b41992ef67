package ca.imp.contract.range;

/** The consumers' side of {@link PlainText}: the same test of a text, as a check on an incoming event. */
public final class TextRange {
    public static final String RULE = "plain-text";

    private TextRange() {
    }

    /** True for absent text: whether text is required is another rule. */
    public static boolean isPlain(String text, boolean lines) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7F;
            if (control && !(lines && (c == '\n' || c == '\r' || c == '\t'))) {
                return false;
            }
        }
        return true;
    }

    /** Throws {@link OutOfRange} for text with a control character or longer than {@code maxLength}. */
    public static void check(String field, String text, int maxLength, boolean lines) {
        if (!isPlain(text, lines)) {
            throw new OutOfRange(field, RULE, "must not contain control characters");
        }
        if (text != null && text.length() > maxLength) {
            throw new OutOfRange(field, "size", "must be at most " + maxLength + " characters");
        }
    }
}
