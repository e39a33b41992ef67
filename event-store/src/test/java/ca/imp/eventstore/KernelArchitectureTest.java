package ca.imp.eventstore;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The kernel keeps the layering it asks of the services: the decider contract is plain Java, the
 * store knows nothing of HTTP, and only the {@code api} packages (the operators' endpoints, the
 * Idempotency-Key of requests, the list parameters every endpoint shares) speak it.
 */
class KernelArchitectureTest {
    private final JavaClasses kernel = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ca.imp.eventstore");

    @Test
    void the_decider_contract_is_plain_java() {
        classes().that().resideInAPackage("ca.imp.eventstore.decider..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "ca.imp.eventstore.decider..")
                .because("deciders are pure functions over records; their contract needs no framework")
                .check(kernel);
    }

    @Test
    void only_the_api_packages_speak_http() {
        noClasses().that().resideInAPackage("ca.imp.eventstore..").and().resideOutsideOfPackage("ca.imp.eventstore.*.api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..", "ca.imp.problem..",
                        "io.quarkus.vertx.http..")
                .because("the store, the inbox and the subscriptions are used by consumers and schedules as much as by requests")
                .check(kernel);
    }

    @Test
    void no_cycles_between_the_kernels_packages() {
        slices().matching("ca.imp.eventstore.(*)..").should().beFreeOfCycles().check(kernel);
    }
}
