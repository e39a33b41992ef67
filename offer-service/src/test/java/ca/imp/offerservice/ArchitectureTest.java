package ca.imp.offerservice;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import ca.imp.decidertesting.PureDomain;
import ca.imp.offerservice.offer.OfferDraft;

class ArchitectureTest {
    private final JavaClasses classes = PureDomain.productionClassesOf("ca.imp.offerservice");

    /**
     * The draft is the one exception: it carries the Bean Validation constraints that a submission and
     * a resubmission's merged patch are both checked against (annotations, no I/O).
     */
    @Test
    void the_offer_decider_and_its_types_are_pure() {
        PureDomain.featureIsPure("ca.imp.offerservice.offer").check(classes.that(not(belongToAnyOf(OfferDraft.class))));
    }

    @Test
    void the_rest_edge_uses_the_features_and_no_feature_uses_the_edge() {
        noClasses().that().resideOutsideOfPackage("ca.imp.offerservice.api..")
                .should().dependOnClassesThat().resideInAPackage("ca.imp.offerservice.api..")
                .because("resources map HTTP to use cases; use cases know nothing of HTTP resources")
                .check(classes);
    }

    @Test
    void no_class_of_the_service_or_the_kernel_changes_the_schema() {
        PureDomain.noSchemaChangesInJava().check(classes);
        PureDomain.noSchemaChangesInJava().check(PureDomain.productionClassesOf("ca.imp.eventstore"));
    }
}
