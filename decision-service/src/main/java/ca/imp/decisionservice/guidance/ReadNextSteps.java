package ca.imp.decisionservice.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.contract.EventJson;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.decisionservice.application.ApplicationError;
import ca.imp.decisionservice.application.Applications;
import ca.imp.eventstore.store.DomainRejection;

/**
 * What the employer and the worker can do after the decision on an application, for whoever may see
 * its employer's records. The catalogue of words and the deadline rules are loaded once.
 */
@Singleton
public class ReadNextSteps {
    private static final String CATALOGUE = "/guidance/next-steps.json";

    private final Applications applications;
    private final NextStepsPlanner planner;

    ReadNextSteps(Applications applications, DeadlineRules rules) {
        this.applications = applications;
        this.planner = new NextStepsPlanner(catalogue(), rules);
    }

    public Uni<NextSteps> read(Caller caller, String applicationId) {
        return applications.offerVisibleTo(caller, applicationId).chain(offer -> applications.application(applicationId))
                .map(application -> {
                    if (application.open()) {
                        throw new DomainRejection(new ApplicationError.NoDecisionYet(applicationId));
                    }
                    return planner.plan(application.registration(), application.decision());
                });
    }

    private static GuidanceCatalogue catalogue() {
        try (InputStream json = ReadNextSteps.class.getResourceAsStream(CATALOGUE)) {
            if (json == null) {
                throw new IllegalStateException("the guidance catalogue " + CATALOGUE + " is missing");
            }
            return EventJson.mapper().readValue(json, GuidanceCatalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the guidance catalogue " + CATALOGUE + " cannot be read", e);
        }
    }
}
