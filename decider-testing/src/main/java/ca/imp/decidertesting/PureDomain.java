package ca.imp.decidertesting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layering every service keeps: in a feature package, everything but the one entry-point
 * bean (a {@code @Singleton} that does the I/O) is pure domain code, with no framework, no I/O
 * and no clock, and no feature depends on the REST edge; and no class changes the schema.
 */
public final class PureDomain {
    // Not \b: the bytes before a constant are its length, which Latin-1 may read as a letter.
    private static final Pattern DDL = Pattern.compile("(?i)(?<![A-Za-z0-9_])(CREATE|ALTER|DROP)\\s+(UNIQUE\\s+)?"
            + "(TABLE|INDEX|SEQUENCE|VIEW|SCHEMA|TYPE|EXTENSION)(?![A-Za-z0-9_])");

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

    /**
     * Flyway's migrations own the schema, so no class carries DDL: the rule reads the string constants
     * of each class file (where SQL text ends up), which ArchUnit's own model does not show.
     */
    public static ArchRule noSchemaChangesInJava() {
        return classes().should(new ArchCondition<JavaClass>("hold no DDL (CREATE, ALTER or DROP of a table, index, sequence...)") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getSource().ifPresent(source -> {
                    Matcher ddl = DDL.matcher(constantsOf(source.getUri()));
                    if (ddl.find()) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " holds \"" + ddl.group() + "\""));
                    }
                });
            }
        }).because("every table is created and changed by a versioned Flyway migration (db/kernel, db/migration)");
    }

    public static JavaClasses productionClassesOf(String servicePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(servicePackage);
    }

    // A class file keeps its string constants as (modified) UTF-8; SQL keywords are ASCII, so Latin-1 reads them as written.
    private static String constantsOf(URI classFile) {
        try (InputStream in = classFile.toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + classFile, e);
        }
    }
}
