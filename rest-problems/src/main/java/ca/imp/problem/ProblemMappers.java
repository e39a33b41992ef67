package ca.imp.problem;

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
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import ca.imp.access.CallerNotRecognised;
import ca.imp.eventstore.decider.DomainError;
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
        };
        String title = switch (error.kind()) {
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Not allowed in the current state";
            case UNPROCESSABLE -> "Rule not met";
        };
        Problem problem = error.field() == null
                ? Problem.of(status, title, error.rule(), error.detail())
                : Problem.ofField(status, title, error.field(), error.rule(), error.detail());
        return respond(problem.withFacts(error.facts()));
    }

    @ServerExceptionMapper
    public Response lostRace(StreamVersionConflict e) {
        return respond(Problem.of(409, "Concurrent change", "concurrent-modification",
                "Someone else changed this record at the same time; reload it and try again."));
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v.getPropertyPath()), ruleOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        Problem.Violation first = violations.get(0);
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(new Problem("urn:imp:problem:" + first.rule(), "Invalid request", 400, detail, first.field(),
                first.rule(), violations, null));
    }

    /** Quarkus hands over a type mismatch as is, and wraps other Jackson failures in a 400; both end here. */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            return malformedJson(parse);
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse);
        }
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        if (e instanceof UnrecognizedPropertyException) {
            return respond(Problem.ofField(400, "Invalid request", field, "unknown-field",
                    "'" + field + "' is not a field of this request"));
        }
        if (e instanceof InvalidFormatException invalid) {
            return respond(Problem.ofField(400, "Invalid request", field, "invalid-value",
                    "'" + field + "' must be " + expected(invalid.getTargetType()) + ", not '" + invalid.getValue() + "'"));
        }
        if (e instanceof ValueInstantiationException refused) {
            Throwable cause = refused.getCause() == null ? refused : refused.getCause();
            return respond(Problem.ofField(400, "Invalid request", field.isEmpty() ? "body" : field, "invalid-value",
                    cause.getMessage()));
        }
        if (e instanceof MismatchedInputException mismatch && !field.isEmpty()) {
            return respond(Problem.ofField(400, "Invalid request", field, "invalid-value",
                    "'" + field + "' must be " + expected(mismatch.getTargetType())));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return respond(Problem.of(400, "Invalid request", "invalid-body",
                    "The request body must be " + expected(mismatch.getTargetType()) + ": " + e.getOriginalMessage()));
        }
        return respond(Problem.of(400, "Invalid request", "invalid-body",
                "The request body could not be read: " + e.getOriginalMessage()));
    }

    private static Response malformedJson(JsonParseException e) {
        return respond(Problem.of(400, "Malformed JSON", "malformed-json",
                "The request body is not valid JSON: " + e.getOriginalMessage()
                        + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")")));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request not accepted" : known.getReasonPhrase();
        return respond(Problem.of(status, title, title.toLowerCase(Locale.ROOT).replace(' ', '-'),
                e.getMessage() == null ? title : e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return respond(Problem.of(500, "Internal error", "internal-error",
                "Something went wrong on our side; quote incident " + incident + " to support.")
                .withFacts(Map.of("incident", incident)));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
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
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                parts.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts);
    }

    private static String ruleOf(ConstraintViolation<?> violation) {
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
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
