package ca.imp.offerservice;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import ca.imp.decidertesting.PureDomain;

class ArchitectureTest {
    private final JavaClasses classes = PureDomain.productionClassesOf("ca.imp.offerservice");

    @Test
    void the_offer_decider_and_its_types_are_pure() {
        PureDomain.featureIsPure("ca.imp.offerservice.offer").check(classes);
    }

    @Test
    void the_offer_feature_does_not_depend_on_the_rest_edge() {
        PureDomain.featureIgnoresTheEdge("ca.imp.offerservice.offer", "ca.imp.offerservice.api").check(classes);
    }
}
