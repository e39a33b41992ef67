package ca.imp.eventstore.idempotency.api;

import java.util.ArrayList;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import ca.imp.eventstore.idempotency.IdempotentCommands;

/**
 * Documents the {@code Idempotency-Key} header once, as a reusable parameter, on every POST of every
 * service, with the {@code 422 idempotency-key-reused} it can answer and the {@code Idempotent-Replayed}
 * header of a replay: every POST that creates or changes something honours it through
 * {@link IdempotentRequests}. A POST that changes nothing (a preview) says so with the extension
 * {@value #SAFE_TO_REPEAT} and takes no key.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyKeyParameter implements OASFilter {
    public static final String SAFE_TO_REPEAT = "x-safe-to-repeat";
    private static final String NAME = IdempotentCommands.HEADER;
    private static final String REUSED = "idempotency-key-reused: this Idempotency-Key was used before with another body or on"
            + " another operation.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addParameter(NAME, parameter());
        openAPI.getComponents().addHeader(IdempotentRequests.REPLAYED, replayedHeader());
        openAPI.getPaths().getPathItems().values().forEach(path -> {
            if (path.getPOST() != null && (path.getPOST().getExtensions() == null
                    || !path.getPOST().getExtensions().containsKey(SAFE_TO_REPEAT))) {
                document(path.getPOST());
            }
        });
    }

    private static void document(Operation operation) {
        var parameters = operation.getParameters() == null ? new ArrayList<Parameter>() : new ArrayList<>(operation.getParameters());
        parameters.add(OASFactory.createParameter().ref(NAME));
        operation.setParameters(parameters);
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeader(IdempotentRequests.REPLAYED, OASFactory.createHeader().ref(IdempotentRequests.REPLAYED));
            }
        });
        APIResponse unprocessable = operation.getResponses().getAPIResponse("422");
        if (unprocessable == null) {
            operation.getResponses().addAPIResponse("422", OASFactory.createAPIResponse().description(REUSED)
                    .content(OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
        } else {
            unprocessable.setDescription(unprocessable.getDescription() == null ? REUSED
                    : unprocessable.getDescription() + " Or " + REUSED);
        }
    }

    private static Parameter parameter() {
        return OASFactory.createParameter().name(NAME).in(Parameter.In.HEADER).required(false)
                .description("Makes a retry safe: 1 to " + IdempotentCommands.MAX_KEY_LENGTH + " visible ASCII characters, e.g. a"
                        + " UUID, new for each request. A retry with the same key and the same body answers what the first request"
                        + " answered (the same status and Location, the resource as it now stands) with Idempotent-Replayed: true,"
                        + " and changes nothing; the same key with another body or on another operation is 422"
                        + " idempotency-key-reused. Keys are the employer's own (an officer's, partner's or operator's are the"
                        + " caller's) and are kept at least 24 hours.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(IdempotentCommands.MAX_KEY_LENGTH)
                        .pattern("^[\\x21-\\x7E]+$"))
                .example("6f1c2e0a-8a4b-4f0e-9d1c-2b7e5a9c3d10");
    }

    private static Header replayedHeader() {
        return OASFactory.createHeader().description("true when this answers a retry with an Idempotency-Key used before:"
                        + " nothing was done again.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).addEnumeration("true"));
    }
}
