package ca.imp.problem;

/**
 * The part of a client's input a problem may quote: short and printable, so a detail can neither grow
 * with the input (a 40-byte number once came back as a 2 MB detail) nor carry control characters
 * into a log or a portal.
 */
final class Echo {
    static final int MAX = 60;

    private Echo() {
    }

    static String of(Object input) {
        return capped(String.valueOf(input), MAX);
    }

    static String capped(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(Math.min(text.length(), max + 1));
        text.codePoints().limit(max).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > max ? shown.append('…').toString() : shown.toString();
    }
}
