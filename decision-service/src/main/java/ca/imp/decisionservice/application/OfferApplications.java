package ca.imp.decisionservice.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.decision.GcmsNotesReceived;
import ca.imp.contract.decision.GcmsNotesRequested;

/**
 * The applications made with one offer number, in order. Kept per offer because the rules are
 * per offer: one open application at a time, and after a decision on the merits the number is
 * dead for every later application.
 */
public record OfferApplications(String offerNumber, List<Application> applications) {

    public static final OfferApplications NONE = new OfferApplications(null, List.of());

    /** One application, once rendered its decision, and the ATIP requests for its GCMS notes. */
    public record Application(ApplicationRegistered registration, DecisionRendered decision, List<GcmsRequest> gcmsRequests) {
        public Application {
            gcmsRequests = List.copyOf(gcmsRequests);
        }

        public boolean open() {
            return decision == null;
        }

        public ApplicationStatus status() {
            return open() ? ApplicationStatus.AWAITING_DECISION : ApplicationStatus.decided(decision.outcome());
        }

        public Optional<GcmsRequest> gcmsRequest(String requestId) {
            return gcmsRequests.stream().filter(r -> r.request().requestId().equals(requestId)).findFirst();
        }

        Application with(DecisionRendered decided) {
            return new Application(registration, decided, gcmsRequests);
        }

        /** Adds a request, or replaces the one with its id, keeping the order they were filed in. */
        Application with(GcmsRequest request) {
            String id = request.request().requestId();
            List<GcmsRequest> all = new ArrayList<>(gcmsRequests.stream()
                    .map(r -> r.request().requestId().equals(id) ? request : r).toList());
            if (gcmsRequest(id).isEmpty()) {
                all.add(request);
            }
            return new Application(registration, decision, all);
        }
    }

    /** An ATIP request and, once they came, the notes' receipt. */
    public record GcmsRequest(GcmsNotesRequested request, GcmsNotesReceived received) {
        public GcmsRequestStatus status() {
            return received == null ? GcmsRequestStatus.REQUESTED : GcmsRequestStatus.RECEIVED;
        }
    }

    public Optional<Application> application(String applicationId) {
        return applications.stream().filter(a -> a.registration().applicationId().equals(applicationId)).findFirst();
    }

    public Optional<Application> open() {
        return applications.stream().filter(Application::open).findFirst();
    }

    /**
     * The application that holds the offer: the open one, or the one whose decision ended the offer. A registration
     * with its facts is that application's again; a returned application holds nothing, so the offer can be used anew.
     */
    public Optional<Application> holding() {
        return open().or(() -> applications.stream()
                .filter(a -> a.decision() != null && a.decision().invalidatesOffer()).findFirst());
    }

    /** The decision that ended the offer number, if any: the first that said it invalidates the offer. */
    public Optional<DecisionRendered> closingDecision() {
        return applications.stream().map(Application::decision)
                .filter(d -> d != null && d.invalidatesOffer()).findFirst();
    }

    /** Application ids are the offer number and a sequence: A1234567-2 is the second application made with A1234567. */
    public static String offerNumberOf(String applicationId) {
        return applicationId.substring(0, applicationId.indexOf('-'));
    }

    public String nextApplicationId(String number) {
        return number + "-" + (applications.size() + 1);
    }

    OfferApplications registered(ApplicationRegistered event) {
        List<Application> all = new ArrayList<>(applications);
        all.add(new Application(event, null, List.of()));
        return new OfferApplications(event.offerNumber(), List.copyOf(all));
    }

    OfferApplications decided(DecisionRendered event) {
        return changed(event.applicationId(), a -> a.with(event));
    }

    OfferApplications requested(GcmsNotesRequested event) {
        return changed(event.applicationId(), a -> a.with(new GcmsRequest(event, null)));
    }

    OfferApplications received(GcmsNotesReceived event) {
        return changed(event.applicationId(), a -> a.with(new GcmsRequest(a.gcmsRequest(event.requestId()).orElseThrow().request(),
                event)));
    }

    private OfferApplications changed(String applicationId, UnaryOperator<Application> change) {
        return new OfferApplications(offerNumber, applications.stream()
                .map(a -> a.registration().applicationId().equals(applicationId) ? change.apply(a) : a)
                .toList());
    }
}
