package ca.imp.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every service's OpenAPI document says once what an error looks like: the {@code Problem} schema, used by
 * every 4xx and 5xx response of every operation, and the responses any operation can give whatever it does
 * (an invalid request, a missing or bad token, a role that may not call it, a body too large or of another
 * type, an outage of the database or Kafka, an unexpected failure). Each operation documents only its own
 * rules (its 404, 409 and 422) with {@code @APIResponse}, without a body: this adds the problem to them.
 * It runs when the service is built, so the document written to target/openapi, which clients are
 * generated from, is the one the service serves.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {
    static final String SCHEMA = "Problem";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        openAPI.getComponents().addSchema("Violation", violationSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(this::addErrors));
    }

    private void addErrors(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            add(responses, "400", "The request is invalid: the problem names each field at fault and the rule it breaks"
                    + " (e.g. invalid-value, pattern, unknown-field, malformed-json).");
        }
        // Quarkus documents 401 and 403 on every operation that names roles; the public ones have neither.
        if (responses.hasAPIResponse("401")) {
            add(responses, "401", "No bearer token (authentication-required), or a token that is expired, badly signed,"
                    + " or from another issuer or for another audience (invalid-token).");
            add(responses, "403", "The caller's role may not do this operation (role-not-allowed; docs/security.md lists"
                    + " who may), or its token carries no usable role (caller-not-recognised).");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The request body is larger than any request (body-too-large).");
            add(responses, "415", "The body is not of a media type this operation reads (unsupported-media-type).");
        }
        add(responses, "406", "The Accept header allows no media type this operation answers in (not-acceptable).");
        add(responses, "500", "An unexpected failure, logged with the incident id the problem gives (internal-error).");
        add(responses, "503", "The service cannot reach its database or event log right now (temporarily-unavailable):"
                + " retry after the Retry-After seconds, with the same Idempotency-Key where the operation takes one.");
        responses.getAPIResponses().forEach((status, response) -> {
            if (isError(status)) {
                response.setContent(problemContent());
            }
        });
    }

    private static void add(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else if (existing.getDescription() == null || GENERIC.contains(existing.getDescription())) {
            existing.setDescription(description);
        }
    }

    /** The descriptions Quarkus writes for the statuses it adds, which say less than ours. */
    private static final List<String> GENERIC = List.of("Not Authorized", "Not Allowed", "Bad Request");

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail, the body of every error. Rules a client may act on add facts"
                        + " as further members, e.g. invalidatedBy and resubmit on offer-invalidated.")
                .additionalPropertiesBoolean(true)
                .addProperty("type", text("The address of the page describing the broken rule (GET it, without a token,"
                                + " for what the rule means and what to do): /problems/<rule> on the service that answered;"
                                + " the same for every problem of that rule.", "http://localhost:8081/problems/offer-invalidated").format("uri"))
                .addProperty("title", text("A short summary of the kind of problem.", "Not allowed in the current state"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                                .description("The HTTP status code of the response.").example(409))
                .addProperty("detail", text("What went wrong in this request, in a sentence a person can read as is.",
                                "Offer A8108406 is no longer valid: a decision (REFUSED on 2026-06-16) was rendered on application A8108406-1."))
                .addProperty("instance", text("The path and query of the request that failed (absent where the path"
                                + " itself is a credential, such as a calendar feed's secret address).",
                                "/offers/A8108406/fee-payments").format("uri-reference"))
                .addProperty("field", text("The input at fault, as a dotted path into the body or the name of a parameter.",
                                "job.wage.amount"))
                .addProperty("rule", text("The broken rule's stable, machine-readable name, for a client to act on.",
                                "offer-invalidated"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .description("Every field at fault, when a request has more than one.")
                                .items(OASFactory.createSchema().ref("#/components/schemas/Violation"))
                                .example(List.of(Map.of("field", "amount", "rule", "positive",
                                        "message", "must be greater than zero"))))
                .required(List.of("type", "title", "status"));
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One field at fault in a request, and the rule it breaks.")
                .addProperty("instance", text("The path and query of the request that failed (absent where the path"
                                + " itself is a credential, such as a calendar feed's secret address).",
                                "/offers/A8108406/fee-payments"))
                .addProperty("field", text("The field at fault, as a dotted path into the body or the name of a parameter.",
                        "amount"))
                .addProperty("rule", text("The rule the field breaks.", "positive"))
                .addProperty("message", text("What is wrong with the field, in words.", "must be greater than zero"));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description).example(example);
    }
}
