package ca.imp.problem;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;

import ca.imp.access.CallerNotRecognised;
import ca.imp.eventstore.decider.DomainError;
import ca.imp.eventstore.parking.Failure;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.StreamVersionConflict;

/**
 * Every failure that reaches the REST edge leaves it as {@code application/problem+json} naming
 * the field and the rule: malformed JSON, wrong or missing fields, broken domain rules, lost
 * races. Nothing leaves as a stack trace; an unexpected failure is logged with an id the
 * client can quote.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);


    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    /** No token at all: the RFC 6750 challenge, and a problem saying what to send. */
    @ServerExceptionMapper
    public Response noCredentials(UnauthorizedException e) {
        return challenge("Bearer realm=\"imp\"", Problem.of(401, "Authentication required", "authentication-required",
                "This operation needs an 'Authorization: Bearer <token>' header with a token from the identity provider."));
    }

    /** A token that is expired, badly signed, from another issuer or for another audience; which one is not said. */
    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e) {
        return challenge("Bearer realm=\"imp\", error=\"invalid_token\"", Problem.of(401, "Invalid token", "invalid-token",
                "The bearer token is expired, not validly signed, or not issued for this service by a trusted issuer."));
    }

    @ServerExceptionMapper
    public Response roleNotAllowed(ForbiddenException e) {
        return respond(Problem.of(403, "Not allowed for your role", "role-not-allowed",
                "Your role may not do this operation; docs/security.md lists what each role may do."));
    }

    @ServerExceptionMapper
    public Response unknownCaller(CallerNotRecognised e) {
        return respond(Problem.of(403, "Token not usable here", "caller-not-recognised", e.getMessage()));
    }

    private static Response challenge(String header, Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", header)
                .entity(problem).build();
    }

    @ServerExceptionMapper
    public Response domainRule(DomainRejection e) {
        DomainError error = e.error();
        int status = switch (error.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case INVALID -> 400;
            case NOT_PERMITTED -> 403;
            case UNAVAILABLE -> 503;
        };
        String title = switch (error.kind()) {
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Not allowed in the current state";
            case UNPROCESSABLE -> "Rule not met";
            case INVALID -> "Invalid request";
            case NOT_PERMITTED -> "Not allowed";
            case UNAVAILABLE -> "Temporarily unavailable";
        };
        Problem problem = (error.field() == null
                ? Problem.of(status, title, error.rule(), error.detail())
                : Problem.ofField(status, title, error.field(), error.rule(), error.detail())).withFacts(error.facts());
        return respond(worded(error, problem));
    }

    /**
     * The service's own wording of its domain errors, if it has one (its api package does). Looked up
     * when needed rather than injected: with an injected field in this class, deadline-service's first
     * requests after start-up took longer than its tests wait, in every run.
     */
    private static Problem worded(DomainError error, Problem problem) {
        ArcContainer container = Arc.container();
        if (container == null) {
            return problem;
        }
        Problem worded = problem;
        for (DomainProblems wording : container.select(DomainProblems.class)) {
            worded = wording.problemOf(error, worded);
        }
        return worded;
    }

    @ServerExceptionMapper
    public Response lostRace(StreamVersionConflict e) {
        return respond(Problem.of(409, "Concurrent change", "concurrent-modification",
                "Someone else changed this record at the same time; reload it and try again."));
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> isMissingBody(v) ? new Problem.Violation("body", "body-required", v.getMessage())
                        : new Problem.Violation(fieldOf(v.getPropertyPath()), ruleOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        Problem.Violation first = violations.get(0);
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.PAGES + first.rule(), "Invalid request", 400, detail, null, first.field(),
                first.rule(), violations, null));
    }

    /** Quarkus hands over a type mismatch as is, and wraps other Jackson failures in a 400; both end here. */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        return unreadableJson(e);
    }

    /**
     * A body that cannot be read as the request. Every detail is written here: the parser's own
     * messages name its classes and settings, and may quote the input at any length.
     */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        StreamConstraintsException limit = causeOf(e, StreamConstraintsException.class);
        if (limit != null) {
            return respond(overLimit(limit));
        }
        if (e instanceof StrictJsonReading.NumberTooLong) {
            return respond(Problem.ofField(400, "Invalid request", field, "number-too-long",
                    "'" + Echo.of(field) + "' must be a number of at most " + StrictJsonReading.MAX_NUMBER_LENGTH + " digits"));
        }
        JsonParseException parse = causeOf(e, JsonParseException.class);
        if (parse != null) {
            return malformedJson(parse);
        }
        InputCoercionException outOfRange = causeOf(e, InputCoercionException.class);
        if (outOfRange != null) {
            String at = field.isEmpty() ? pathOf(outOfRange) : field;
            return respond(Problem.ofField(400, "Invalid request", at, "number-out-of-range",
                    "'" + Echo.of(at) + "' is out of range for " + expected(outOfRange.getTargetType())));
        }
        if (e instanceof UnrecognizedPropertyException) {
            return respond(Problem.ofField(400, "Invalid request", Echo.of(field), "unknown-field",
                    "'" + Echo.of(field) + "' is not a field of this request"));
        }
        if (e instanceof InvalidFormatException invalid) {
            return respond(invalidValue(field, invalid.getTargetType(), invalid.getValue()));
        }
        if (e instanceof ValueInstantiationException refused && refused.getCause() instanceof ProblemException own) {
            return respond(own.problem());
        }
        if (e instanceof ValueInstantiationException refused && refused.getCause() instanceof IllegalArgumentException rule
                && rule.getMessage() != null && !InternalNames.in(rule.getMessage())) {
            return respond(Problem.ofField(400, "Invalid request", field.isEmpty() ? "body" : field, "invalid-value",
                    rule.getMessage()));
        }
        if (e instanceof MismatchedInputException mismatch && !field.isEmpty()) {
            return respond(Problem.ofField(400, "Invalid request", field, "invalid-value",
                    "'" + Echo.of(field) + "' must be " + expected(mismatch.getTargetType())));
        }
        if (!field.isEmpty()) {
            return respond(Problem.ofField(400, "Invalid request", field, "invalid-value",
                    "'" + Echo.of(field) + "' has a value this request cannot take"));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return respond(Problem.of(400, "Invalid request", "invalid-body",
                    "The request body must be " + expected(mismatch.getTargetType())));
        }
        return respond(Problem.of(400, "Invalid request", "invalid-body", "The request body could not be read as this request."));
    }

    /** Which of the reading limits of {@link StrictJsonReading} the body broke; the parser says it only in its message. */
    private static Problem overLimit(StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("NestingDepth")) {
            return Problem.of(400, "Invalid request", "too-deep",
                    "The request body nests objects and lists more than " + StrictJsonReading.MAX_NESTING_DEPTH + " levels deep.");
        }
        if (message.contains("NumberLength")) {
            return Problem.of(400, "Invalid request", "number-too-long",
                    "A number in the request body has more than " + StrictJsonReading.MAX_NUMBER_LENGTH + " digits.");
        }
        if (message.contains("StringLength")) {
            return Problem.of(400, "Invalid request", "text-too-long",
                    "A text in the request body is longer than " + StrictJsonReading.MAX_STRING_LENGTH + " characters.");
        }
        if (message.contains("NameLength")) {
            return Problem.of(400, "Invalid request", "name-too-long",
                    "A field name in the request body is longer than " + StrictJsonReading.MAX_NAME_LENGTH + " characters.");
        }
        return Problem.of(400, "Invalid request", "body-too-complex", "The request body is larger or more complex than any request.");
    }

    private static Response malformedJson(JsonParseException e) {
        String at = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith(DUPLICATE_KEY)) {
            String key = pathOf(e);
            return respond(Problem.ofField(400, "Invalid request", Echo.of(key), "duplicate-key",
                    "'" + Echo.of(key) + "' appears more than once in the request body" + at));
        }
        return respond(Problem.of(400, "Malformed JSON", "malformed-json", "The request body is not valid JSON" + at + "."));
    }

    /** Jackson's only sign of a repeated key (with STRICT_DUPLICATE_DETECTION) is this start of its message. */
    private static final String DUPLICATE_KEY = "Duplicate field '";

    /** Where the parser stood when it failed: the key it had just read, under its parents. */
    private static String pathOf(StreamReadException e) {
        if (e.getProcessor() == null) {
            return "body";
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext at = e.getProcessor().getParsingContext(); at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                parts.add(0, at.getCurrentName());
            } else if (at.inArray()) {
                parts.add(0, "[" + Math.max(at.getCurrentIndex(), 0) + "]");
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts).replace(".[", "[");
    }

    /** Quarkus hands a missing route, method or media type over as these; each gets a rule of its own. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        if (e.getCause() instanceof ProblemException own) {
            return respond(own.problem());
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Problem problem = HttpProblems.of(status);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        String allow = e.getResponse().getHeaderString("Allow");
        return (allow == null ? response : response.header("Allow", allow)).build();
    }

    /**
     * PostgreSQL refusing a value (a NUL in text, a number or date beyond its types, a negative
     * offset) means a range check is missing upstream: the client still gets a 400, not a 500.
     */
    private static Problem unstorable(PgException e) {
        String state = String.valueOf(e.getSqlState());
        return switch (state) {
            case "2201X", "2201W" -> Problem.of(400, "Invalid request", "invalid-page",
                    "The page or size asked for is beyond any list.");
            case "22P05", "22021", "22003", "22008", "22007", "22001", "22P02", "22025" -> Problem.of(400, "Invalid request",
                    "unstorable-value", "A value in the request cannot be stored: a text with control characters, or a"
                            + " number, date or text beyond what any record holds.");
            default -> null;
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        PgException database = causeOf(e, PgException.class);
        Problem refused = database == null ? null : unstorable(database);
        if (refused != null) {
            LOG.warnf("the database refused a value of a request (SQLSTATE %s): a range check is missing", database.getSqlState());
            return respond(refused);
        }
        Failure why = Failure.of(e);
        if (why.isTransient()) {
            LOG.warnf("a request met an outage of the database or Kafka: %s", why.reason());
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", OUTAGE_RETRY_AFTER_SECONDS)
                    .entity(Problem.of(503, "Temporarily unavailable", "temporarily-unavailable",
                            "The service cannot reach its database or event log right now. Retry in a few seconds,"
                                    + " with the same Idempotency-Key where the operation takes one."))
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return respond(Problem.of(500, "Internal error", "internal-error",
                "Something went wrong on our side; quote incident " + incident + " to support.")
                .withFacts(Map.of("incident", incident)));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(shown(problem)).build();
    }

    /**
     * The last guard, for a detail written elsewhere that quotes code or too much input: the sources
     * above write their own details; this only keeps a slip from reaching a client.
     */
    private static Problem shown(Problem problem) {
        String detail = problem.detail();
        if (detail == null || (detail.length() <= MAX_DETAIL && !InternalNames.in(detail))) {
            return problem;
        }
        LOG.warnf("problem %s had a detail that quotes code or too much input; replaced", problem.rule());
        String safe = InternalNames.in(detail) ? problem.title() : detail.substring(0, MAX_DETAIL) + "…";
        return new Problem(problem.type(), problem.title(), problem.status(), safe, problem.instance(), problem.field(), problem.rule(),
                problem.violations().stream().map(v -> new Problem.Violation(v.field(), v.rule(),
                        InternalNames.in(v.message()) ? problem.title() : Echo.capped(v.message(), MAX_DETAIL))).toList(),
                problem.facts());
    }

    private static final int MAX_DETAIL = 1000;
    private static final String OUTAGE_RETRY_AFTER_SECONDS = "2";

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable at = e; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (type.isInstance(at)) {
                return type.cast(at);
            }
        }
        return null;
    }

    private static String pathOf(JsonMappingException e) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                parts.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                parts.add("[" + ref.getIndex() + "]");
            }
        }
        return String.join(".", parts).replace(".[", "[");
    }

    /** The property path without the method and parameter names, which mean nothing to a client. */
    private static String fieldOf(Path path) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getIndex() != null && !parts.isEmpty()) {
                // an element of a list of values (List<@Email String>): Hibernate Validator names it "<list element>",
                // which means nothing to a client; it is the list's entry at that index
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                parts.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts);
    }

    /** A required body that is absent or JSON null: the violated parameter is the one no JAX-RS annotation binds. */
    private static boolean isMissingBody(ConstraintViolation<?> violation) {
        if (violation.getInvalidValue() != null
                || !(violation.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation.constraints.NotNull)) {
            return false;
        }
        Path.MethodNode method = null;
        Path.ParameterNode parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.as(Path.ParameterNode.class);
            } else {
                return false;
            }
        }
        if (method == null || parameter == null || violation.getRootBeanClass() == null) {
            return false;
        }
        // The root bean may be a generated subclass whose override carries no annotations: look at every declaration.
        boolean declared = false;
        for (Class<?> type = violation.getRootBeanClass(); type != null; type = type.getSuperclass()) {
            try {
                Method at = type.getDeclaredMethod(method.getName(), method.getParameterTypes().toArray(Class<?>[]::new));
                declared = true;
                if (Arrays.stream(at.getParameterAnnotations()[parameter.getParameterIndex()])
                        .anyMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs")
                                || a.annotationType().getPackageName().startsWith("org.jboss.resteasy.reactive"))) {
                    return false;
                }
            } catch (NoSuchMethodException e) {
                // declared further up
            }
        }
        return declared;
    }

    private static String ruleOf(ConstraintViolation<?> violation) {
        return ruleOfConstraint(violation.getConstraintDescriptor().getAnnotation().annotationType());
    }

    /** The rule a constraint annotation states: its name in kebab case ({@code @DecimalMin} is {@code decimal-min}). */
    public static String ruleOfConstraint(Class<?> constraint) {
        return constraint.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** A value its field or parameter's type does not take; for an enum, the values it does take. */
    static Problem invalidValue(String field, Class<?> target, Object value) {
        return Problem.ofField(400, "Invalid request", field, "invalid-value",
                "'" + Echo.of(field) + "' must be " + expected(target) + ", not '" + Echo.of(value) + "'");
    }

    private static String expected(Class<?> target) {
        if (target != null && target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (target != null && target.getName().startsWith("java.time.LocalDate")) {
            return "a real calendar date written YYYY-MM-DD";
        }
        return target == null ? "another kind of value" : "a " + describe(target);
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == String.class) {
            return "text value";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return "JSON object";
    }
}
