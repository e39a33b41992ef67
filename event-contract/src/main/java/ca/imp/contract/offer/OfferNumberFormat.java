package ca.imp.contract.offer;

/** What an offer number looks like, for every service and partner that accepts one: the letter A and 7 digits. */
public final class OfferNumberFormat {
    public static final String REGEX = "^A\\d{7}$";
    public static final String MESSAGE = "must be the letter A followed by 7 digits, e.g. A1234567";

    private OfferNumberFormat() {
    }
}
