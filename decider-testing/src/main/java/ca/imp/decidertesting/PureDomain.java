package ca.imp.decidertesting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service keeps: in a feature package, everything but the one entry-point
 * bean (a {@code @Singleton} that does the I/O) is pure domain code, with no framework, no I/O
 * and no clock, and no feature depends on the REST edge.
 */
public final class PureDomain {
    private PureDomain() {
    }

    public static ArchRule featureIsPure(String featurePackage) {
        return noClasses().that().resideInAPackage(featurePackage + "..").and().areNotAnnotatedWith(Singleton.class)
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.vertx..", "io.smallrye..",
                        "jakarta..", "org.apache.kafka..", "java.sql..", "java.net..", "java.io..")
                .orShould().dependOnClassesThat().belongToAnyOf(Clock.class)
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("deciders are pure: decide(command, state) and evolve(state, event), with time passed in");
    }

    public static ArchRule featureIgnoresTheEdge(String featurePackage, String apiPackage) {
        return noClasses().that().resideInAPackage(featurePackage + "..")
                .should().dependOnClassesThat().resideInAPackage(apiPackage + "..")
                .because("the REST edge depends on the domain, never the other way round");
    }

    public static JavaClasses productionClassesOf(String servicePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(servicePackage);
    }
}
