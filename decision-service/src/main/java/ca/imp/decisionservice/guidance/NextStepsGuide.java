package ca.imp.decisionservice.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.inject.Singleton;

import ca.imp.contract.EventJson;
import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.decisionservice.application.Applications;

/** The guidance feature's entry point: the catalogue of words and the deadline rules, loaded once. */
@Singleton
public class NextStepsGuide {
    private static final String CATALOGUE = "/guidance/next-steps.json";

    private final NextStepsPlanner planner;

    NextStepsGuide(Applications applications, DeadlineRules rules) {
        this.planner = new NextStepsPlanner(catalogue(), rules, applications.invalidation());
    }

    public NextSteps after(ApplicationRegistered application, DecisionRendered decision) {
        return planner.plan(application, decision);
    }

    private static GuidanceCatalogue catalogue() {
        try (InputStream json = NextStepsGuide.class.getResourceAsStream(CATALOGUE)) {
            if (json == null) {
                throw new IllegalStateException("the guidance catalogue " + CATALOGUE + " is missing");
            }
            return EventJson.mapper().readValue(json, GuidanceCatalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the guidance catalogue " + CATALOGUE + " cannot be read", e);
        }
    }
}
