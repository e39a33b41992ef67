package ca.imp.decidertesting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layering every service keeps: in a feature package, everything but the one entry-point
 * bean (a {@code @Singleton} that does the I/O) is pure domain code, with no framework, no I/O
 * and no clock; no feature depends on the REST edge or knows HTTP; a unit of work is the
 * kernel's; request bodies are the edge's own records; features do not depend on each other in
 * a circle; and no class changes the schema.
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

    /** Problems, statuses, links and JAX-RS types belong to the {@code api} package alone. */
    public static ArchRule featuresKnowNothingOfHttp(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..").and().resideOutsideOfPackage(servicePackage + ".api..")
                .should().dependOnClassesThat().resideInAnyPackage("ca.imp.problem..", "jakarta.ws.rs..", "org.jboss.resteasy..")
                .because("a domain error carries facts; the api package turns it into a problem with its status and links");
    }

    /**
     * Feature code asks the kernel's {@code Transactions} port for a unit of work and passes its
     * {@code Transaction} along; it never opens one on the pool nor handles a connection.
     */
    public static ArchRule unitsOfWorkAreTheKernels(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.vertx.mutiny.sqlclient.SqlConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.vertx.sqlclient.SqlConnection")
                .orShould().callMethodWhere(OPENS_A_TRANSACTION)
                .because("transactions are a kernel port, not a connection or a callback handed from one layer to another");
    }

    private static final DescribedPredicate<JavaMethodCall> OPENS_A_TRANSACTION = DescribedPredicate.describe(
            "opens a transaction or takes a connection from a SQL pool",
            call -> call.getTargetOwner().isAssignableTo("io.vertx.mutiny.sqlclient.Pool")
                    && (call.getName().startsWith("withTransaction") || call.getName().startsWith("withConnection")
                    || call.getName().startsWith("getConnection")));

    /** Resources map HTTP to use cases: they never reach the database. */
    public static ArchRule theEdgeTouchesNoDatabase(String apiPackage) {
        return noClasses().that().resideInAPackage(apiPackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx.mutiny.sqlclient..", "io.vertx.sqlclient..",
                        "io.vertx.pgclient..", "io.vertx.mutiny.pgclient..")
                .because("a resource parses, calls a use case and maps; the use case owns its unit of work");
    }

    /**
     * What a client sends is a record of the REST edge, never an event of the contract (nor one
     * nested in it): the API and the published events change apart. The contract's enumerations,
     * being values, may appear.
     */
    public static ArchRule requestBodiesAreTheEdgesOwn(String apiPackage) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(apiPackage + "..")
                .and(DescribedPredicate.describe("take a body (POST, PUT or PATCH)", method -> method.isAnnotatedWith("jakarta.ws.rs.POST")
                        || method.isAnnotatedWith("jakarta.ws.rs.PUT") || method.isAnnotatedWith("jakarta.ws.rs.PATCH")))
                .should(new ArchCondition<>("take no event-contract record as a body, at any depth") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaClass parameter : method.getRawParameterTypes()) {
                            for (JavaClass part : partsOf(parameter)) {
                                if (part.getPackageName().startsWith("ca.imp.contract") && !part.isEnum()) {
                                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes "
                                            + part.getName() + " in its body"));
                                }
                            }
                        }
                    }
                })
                .because("REST request types are their own records, separate from event schemas");
    }

    /** The type and, for this product's own types, every type its fields hold. */
    private static Set<JavaClass> partsOf(JavaClass root) {
        Set<JavaClass> seen = new HashSet<>();
        Deque<JavaClass> open = new ArrayDeque<>(Set.of(root));
        while (!open.isEmpty()) {
            JavaClass type = open.pop();
            if (!seen.add(type) || !type.getPackageName().startsWith("ca.imp")) {
                continue;
            }
            for (JavaField field : type.getFields()) {
                if (!field.getModifiers().contains(JavaModifier.STATIC)) {
                    open.push(field.getRawType());
                }
            }
        }
        return seen;
    }

    /** Features may use one another, but never in a circle: each can be understood from those below it. */
    public static ArchRule noCyclesBetweenFeatures(String servicePackage) {
        return slices().matching(servicePackage + ".(*)..").should().beFreeOfCycles()
                .because("a feature depends on those below it, never back on one that depends on it");
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
