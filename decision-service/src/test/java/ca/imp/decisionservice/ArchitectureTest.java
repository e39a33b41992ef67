package ca.imp.decisionservice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import ca.imp.decidertesting.PureDomain;
import ca.imp.decisionservice.application.Applications;
import ca.imp.decisionservice.application.GcmsRequesters;
import ca.imp.decisionservice.offers.KnownOffers;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;

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

    @Test
    void resources_hand_the_caller_to_a_use_case_and_do_no_work_of_their_own() {
        noClasses().that().resideInAPackage("ca.imp.decisionservice.api..")
                .should().dependOnClassesThat().belongToAnyOf(Applications.class, GcmsRequesters.class, KnownOffers.class,
                        EventStore.class, EventMetadata.class, DomainRejection.class)
                .because("the use case scopes by the caller and records who acted; a resource only parses, calls and maps")
                .check(classes);
    }

    @Test
    void no_class_of_the_service_or_the_kernel_changes_the_schema() {
        PureDomain.noSchemaChangesInJava().check(classes);
        PureDomain.noSchemaChangesInJava().check(PureDomain.productionClassesOf("ca.imp.eventstore"));
    }

    @Test
    void no_feature_knows_http_problems_or_jax_rs() {
        PureDomain.featuresKnowNothingOfHttp("ca.imp.decisionservice").check(classes);
    }

    @Test
    void units_of_work_come_from_the_kernel() {
        PureDomain.unitsOfWorkAreTheKernels("ca.imp.decisionservice").check(classes);
    }

    @Test
    void the_rest_edge_touches_no_database() {
        PureDomain.theEdgeTouchesNoDatabase("ca.imp.decisionservice.api").check(classes);
    }

    @Test
    void request_bodies_are_records_of_the_rest_edge_not_events() {
        PureDomain.requestBodiesAreTheEdgesOwn("ca.imp.decisionservice.api").check(classes);
    }

    @Test
    void no_cycles_between_feature_packages() {
        PureDomain.noCyclesBetweenFeatures("ca.imp.decisionservice").check(classes);
    }
}
