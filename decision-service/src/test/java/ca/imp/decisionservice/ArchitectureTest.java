package ca.imp.decisionservice;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import ca.imp.decidertesting.PureDomain;

class ArchitectureTest {
    private final JavaClasses classes = PureDomain.productionClassesOf("ca.imp.decisionservice");

    @Test
    void the_application_decider_and_its_types_are_pure() {
        PureDomain.featureIsPure("ca.imp.decisionservice.application").check(classes);
    }

    @Test
    void the_next_steps_are_worked_out_purely() {
        PureDomain.featureIsPure("ca.imp.decisionservice.guidance").check(classes);
    }

    @Test
    void what_is_known_of_an_offer_is_a_pure_value() {
        PureDomain.featureIsPure("ca.imp.decisionservice.offers").check(classes);
    }

    @Test
    void the_application_feature_does_not_depend_on_the_rest_edge() {
        PureDomain.featureIgnoresTheEdge("ca.imp.decisionservice.application", "ca.imp.decisionservice.api").check(classes);
    }
}
