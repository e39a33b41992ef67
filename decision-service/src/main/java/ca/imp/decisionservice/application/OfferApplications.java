package ca.imp.decisionservice.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.InvalidationPolicy;
import ca.imp.contract.decision.DecisionRendered;

/**
 * The applications made with one offer number, in order. Kept per offer because the rules are
 * per offer: one open application at a time, and after a decision on the merits the number is
 * dead for every later application.
 */
public record OfferApplications(String offerNumber, List<Application> applications) {

    public static final OfferApplications NONE = new OfferApplications(null, List.of());

    /** One application and, once rendered, its decision. */
    public record Application(ApplicationRegistered registration, DecisionRendered decision) {
        public boolean open() {
            return decision == null;
        }
    }

    public Optional<Application> application(String applicationId) {
        return applications.stream().filter(a -> a.registration().applicationId().equals(applicationId)).findFirst();
    }

    public Optional<Application> open() {
        return applications.stream().filter(Application::open).findFirst();
    }

    /** The decision that ended the offer number, if any. */
    public Optional<DecisionRendered> closingDecision(InvalidationPolicy policy) {
        return applications.stream().map(Application::decision)
                .filter(d -> d != null && policy.invalidates(d.outcome())).findFirst();
    }

    public String nextApplicationId(String number) {
        return number + "-" + (applications.size() + 1);
    }

    OfferApplications registered(ApplicationRegistered event) {
        List<Application> all = new ArrayList<>(applications);
        all.add(new Application(event, null));
        return new OfferApplications(event.offerNumber(), List.copyOf(all));
    }

    OfferApplications decided(DecisionRendered event) {
        return new OfferApplications(offerNumber, applications.stream()
                .map(a -> a.registration().applicationId().equals(event.applicationId()) ? new Application(a.registration(), event) : a)
                .toList());
    }
}
