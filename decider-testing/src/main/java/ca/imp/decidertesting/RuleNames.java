package ca.imp.decidertesting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import ca.imp.eventstore.decider.DomainError;

/**
 * Every rule name a service can answer, for the test that each has a page describing it: the rules of
 * its domain error records, read from the records themselves; the rule names its code passes as data
 * (to an error record that carries its rule, or to a problem the edge throws), read from its sources;
 * and the constraint annotations of its requests, whose names are the rules they break.
 */
public final class RuleNames {
    /** A call that names a rule as data: {@code invalid(field, "rule", ...)}, {@code new InvalidDate(field, "rule", ...)}, {@code badField(...)}. */
    private static final Pattern PASSED = Pattern.compile(
            "(?:[Ii]nvalid\\w*|badField)\\(\\s*(?:\"[^\"]*\"|[\\w.]+)\\s*,\\s*\"([a-z0-9]+(?:-[a-z0-9]+)*)\"");

    private RuleNames() {
    }

    /**
     * Every rule a service answers: the rules of its domain errors, those its sources pass as data, and its
     * requests' constraints, named as the REST edge names them.
     *
     * @param sources          the service's main sources
     * @param ruleOfConstraint the rule the edge answers for a broken constraint
     */
    public static Set<String> answeredBy(String basePackage, Path sources,
                                         Function<Class<? extends Annotation>, String> ruleOfConstraint) {
        Set<String> rules = new TreeSet<>(ofDomainErrors(basePackage).values());
        if (rules.isEmpty()) {
            throw new IllegalStateException("no domain error found under " + basePackage);
        }
        rules.addAll(passedIn(sources));
        constraintsIn(basePackage).forEach(constraint -> rules.add(ruleOfConstraint.apply(constraint)));
        return rules;
    }

    /**
     * The rule of each domain error record in the package, by its type. A record whose rule is one of its
     * components has none of its own (its users pass it: {@link #passedIn}).
     */
    public static Map<String, String> ofDomainErrors(String basePackage) {
        Map<String, String> rules = new TreeMap<>();
        for (Class<?> type : classesOf(basePackage)) {
            if (type.isRecord() && DomainError.class.isAssignableFrom(type)) {
                String rule = ((DomainError) blank(type)).rule();
                if (rule != null) {
                    rules.put(type.getName(), rule);
                }
            }
        }
        return rules;
    }

    /** The rule names the sources under this folder pass as data. */
    public static Set<String> passedIn(Path sources) {
        Set<String> rules = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher passed = PASSED.matcher(Files.readString(file));
                while (passed.find()) {
                    rules.add(passed.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    /** The Bean Validation constraint annotations the package's classes use, on fields, record components, parameters and list elements. */
    public static Set<Class<? extends Annotation>> constraintsIn(String basePackage) {
        Set<Class<? extends Annotation>> constraints = new HashSet<>();
        for (Class<?> type : classesOf(basePackage)) {
            List<AnnotatedElement> elements = new ArrayList<>();
            List<AnnotatedType> types = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                elements.add(field);
                types.add(field.getAnnotatedType());
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    elements.add(component);
                    types.add(component.getAnnotatedType());
                }
            }
            List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
            executables.addAll(List.of(type.getDeclaredConstructors()));
            for (Executable executable : executables) {
                for (Parameter parameter : executable.getParameters()) {
                    elements.add(parameter);
                    types.add(parameter.getAnnotatedType());
                }
            }
            for (AnnotatedType annotated : types) {
                elements.add(annotated);
                if (annotated instanceof AnnotatedParameterizedType generic) {
                    elements.addAll(List.of(generic.getAnnotatedActualTypeArguments()));
                }
            }
            for (AnnotatedElement element : elements) {
                for (Annotation annotation : element.getAnnotations()) {
                    if (isConstraint(annotation.annotationType())) {
                        constraints.add(annotation.annotationType());
                    }
                }
            }
        }
        return constraints;
    }

    private static boolean isConstraint(Class<? extends Annotation> type) {
        return Stream.of(type.getAnnotations()).anyMatch(a -> a.annotationType().getName().equals("jakarta.validation.Constraint"));
    }

    private static List<Class<?>> classesOf(String basePackage) {
        List<Class<?>> classes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage)) {
            classes.add(type.reflect());
        }
        return classes;
    }

    /** A record with every component at its default, enough to ask a rule that does not depend on them. */
    private static Object blank(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Stream.of(types).map(RuleNames::defaultOf).toArray();
        try {
            Constructor<?> canonical = record.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + record.getName() + " to read its rule", e);
        }
    }

    private static Object defaultOf(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        return Map.<Class<?>, Object>of(byte.class, (byte) 0, short.class, (short) 0, int.class, 0, long.class, 0L,
                float.class, 0f, double.class, 0d).get(type);
    }
}
