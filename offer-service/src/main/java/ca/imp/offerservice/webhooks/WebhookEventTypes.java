package ca.imp.offerservice.webhooks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.decision.DecisionEvent;
import ca.imp.contract.envelope.CloudEventType;
import ca.imp.contract.inspection.InspectionEvent;
import ca.imp.contract.offer.OfferEvent;
import ca.imp.eventstore.store.DomainRejection;

/**
 * The event types a subscription may ask for: every type of the three topics that concern an employer (imp.offers,
 * inspections included; imp.decisions; imp.deadlines), by the contract's name ({@code DecisionRendered}) or namespaced
 * ({@code ca.imp.decision.DecisionRendered.v2}). A subscription keeps the name, so it follows the type across
 * versions; the body's {@code type} says which version each delivery carries.
 */
public final class WebhookEventTypes {
    /** Each known event name and its area. */
    private static final Map<String, String> AREAS = new TreeMap<>();

    static {
        register("offer", OfferEvent.class);
        register("offer", InspectionEvent.class);
        register("decision", DecisionEvent.class);
        register("deadline", DeadlineEvent.class);
    }

    private WebhookEventTypes() {
    }

    private static void register(String area, Class<?> family) {
        Arrays.stream(family.getPermittedSubclasses()).forEach(type -> AREAS.put(type.getSimpleName(), area));
    }

    /** Every type by the contract's name, e.g. {@code OfferSubmitted}, in alphabetical order. */
    public static List<String> known() {
        return List.copyOf(AREAS.keySet());
    }

    /** The names the requested types stand for, in the order asked, or the error naming those not published. */
    static List<String> names(List<String> requested) {
        Set<String> names = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String type : requested) {
            String name = CloudEventType.eventType(type);
            String area = AREAS.get(name);
            boolean known = area != null && (type.equals(name) || CloudEventType.of(area, name, 1)
                    .replaceFirst("\\.v1$", "").equals(type.replaceFirst("\\.v[0-9]+$", "")));
            if (known) {
                names.add(name);
            } else {
                unknown.add(type);
            }
        }
        if (!unknown.isEmpty()) {
            throw new DomainRejection(new WebhookError.UnknownEventTypes(unknown, known()));
        }
        return List.copyOf(names);
    }
}
