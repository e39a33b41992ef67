package ca.imp.deadlineservice;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import ca.imp.decidertesting.PureDomain;

class ArchitectureTest {
    private final JavaClasses classes = PureDomain.productionClassesOf("ca.imp.deadlineservice");

    @Test
    void the_deadline_decider_and_its_types_are_pure() {
        PureDomain.featureIsPure("ca.imp.deadlineservice.deadline").check(classes);
    }

    @Test
    void when_timers_fire_is_worked_out_purely() {
        PureDomain.featureIsPure("ca.imp.deadlineservice.timer").check(classes);
    }

    @Test
    void the_calendar_is_written_purely() {
        PureDomain.featureIsPure("ca.imp.deadlineservice.calendar").check(classes);
    }

    @Test
    void the_deadline_feature_does_not_depend_on_the_rest_edge() {
        PureDomain.featureIgnoresTheEdge("ca.imp.deadlineservice.deadline", "ca.imp.deadlineservice.api").check(classes);
    }

    @Test
    void no_class_of_the_service_or_the_kernel_changes_the_schema() {
        PureDomain.noSchemaChangesInJava().check(classes);
        PureDomain.noSchemaChangesInJava().check(PureDomain.productionClassesOf("ca.imp.eventstore"));
    }

    @Test
    void no_feature_knows_http_problems_or_jax_rs() {
        PureDomain.featuresKnowNothingOfHttp("ca.imp.deadlineservice").check(classes);
    }

    @Test
    void units_of_work_come_from_the_kernel() {
        PureDomain.unitsOfWorkAreTheKernels("ca.imp.deadlineservice").check(classes);
    }

    @Test
    void the_rest_edge_touches_no_database() {
        PureDomain.theEdgeTouchesNoDatabase("ca.imp.deadlineservice.api").check(classes);
    }

    @Test
    void request_bodies_are_records_of_the_rest_edge_not_events() {
        PureDomain.requestBodiesAreTheEdgesOwn("ca.imp.deadlineservice.api").check(classes);
    }

    @Test
    void no_cycles_between_feature_packages() {
        PureDomain.noCyclesBetweenFeatures("ca.imp.deadlineservice").check(classes);
    }
}
