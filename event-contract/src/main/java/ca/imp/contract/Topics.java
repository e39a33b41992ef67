package ca.imp.contract;

/**
 * The Kafka topics of the product. Each service publishes its own events to its own topic;
 * the record key is the stream's id: the offer number, so every event about one offer is ordered, or, for an
 * inspection of an employer (offer-service's other stream, on {@link #OFFERS}), the inspection id.
 */
public final class Topics {
    public static final String OFFERS = "imp.offers";
    public static final String DECISIONS = "imp.decisions";
    public static final String DEADLINES = "imp.deadlines";

    private Topics() {
    }
}
