package ca.imp.offerservice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
    void the_compliance_decider_and_its_types_are_pure() {
        PureDomain.featureIsPure("ca.imp.offerservice.compliance").check(classes);
    }

    @Test
    void the_inspection_decider_and_its_types_are_pure() {
        PureDomain.featureIsPure("ca.imp.offerservice.inspection").check(classes);
    }

    @Test
    void the_compliance_overview_and_its_order_of_urgency_are_pure() {
        PureDomain.featureIsPure("ca.imp.offerservice.overview").check(classes);
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

    @Test
    void no_feature_knows_http_problems_or_jax_rs() {
        PureDomain.featuresKnowNothingOfHttp("ca.imp.offerservice").check(classes);
    }

    @Test
    void units_of_work_come_from_the_kernel() {
        PureDomain.unitsOfWorkAreTheKernels("ca.imp.offerservice").check(classes);
    }

    @Test
    void the_rest_edge_touches_no_database() {
        PureDomain.theEdgeTouchesNoDatabase("ca.imp.offerservice.api").check(classes);
    }

    @Test
    void request_bodies_are_records_of_the_rest_edge_not_events() {
        PureDomain.requestBodiesAreTheEdgesOwn("ca.imp.offerservice.api").check(classes);
    }

    @Test
    void no_cycles_between_feature_packages() {
        PureDomain.noCyclesBetweenFeatures("ca.imp.offerservice").check(classes);
    }
}
