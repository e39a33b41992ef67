package ca.imp.contract;

/**
 * The Kafka topics of the product. Each service publishes its own events to its own topic;
 * the record key is always the offer number, so every event about one offer is ordered.
 */
public final class Topics {
    public static final String OFFERS = "imp.offers";
    public static final String DECISIONS = "imp.decisions";
    public static final String DEADLINES = "imp.deadlines";

    private Topics() {
    }
}
