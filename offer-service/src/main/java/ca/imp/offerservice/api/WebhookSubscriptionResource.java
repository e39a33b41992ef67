package ca.imp.offerservice.api;

import java.net.URI;
import java.util.Arrays;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.eventstore.idempotency.api.IdempotentRequests;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;
import ca.imp.offerservice.webhooks.ListWebhookDeliveries;
import ca.imp.offerservice.webhooks.ListWebhookSubscriptions;
import ca.imp.offerservice.webhooks.ReadWebhookSubscription;
import ca.imp.offerservice.webhooks.RegisterWebhookSubscription;
import ca.imp.offerservice.webhooks.RotateWebhookSecret;
import ca.imp.offerservice.webhooks.StopWebhookSubscription;

@Path("/employers/{businessNumber}/webhook-subscriptions")
@Tag(name = "Webhooks", description = "Endpoints an employer's events are delivered to, for partners without Kafka: signed as"
        + " Standard Webhooks, retried for days, listed with their attempts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WebhookSubscriptionResource {
    private static final String BUSINESS_NUMBER = "^\\d{9}$";
    private static final String BUSINESS_NUMBER_MESSAGE = "must be the 9-digit CRA business number";
    private static final String SUBSCRIPTION_ID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
    private static final String SUBSCRIPTION_ID_MESSAGE = "must be a subscription id (a UUID in lower case)";
    private static final String NOT_FOUND = "employer-not-found: the caller does not act for this employer;"
            + " webhook-subscription-not-found: the employer has no subscription with this id.";

    private final CurrentCaller caller;
    private final RegisterWebhookSubscription register;
    private final ListWebhookSubscriptions list;
    private final ReadWebhookSubscription read;
    private final StopWebhookSubscription stop;
    private final RotateWebhookSecret rotate;
    private final ListWebhookDeliveries deliveries;
    private final IdempotentRequests idempotent;

    WebhookSubscriptionResource(CurrentCaller caller, RegisterWebhookSubscription register, ListWebhookSubscriptions list,
                                ReadWebhookSubscription read, StopWebhookSubscription stop, RotateWebhookSecret rotate,
                                ListWebhookDeliveries deliveries, IdempotentRequests idempotent) {
        this.caller = caller;
        this.register = register;
        this.list = list;
        this.read = read;
        this.stop = stop;
        this.rotate = rotate;
        this.deliveries = deliveries;
        this.idempotent = idempotent;
    }

    @POST
    @APIResponse(responseCode = "201", description = "The subscription, with its secret (shown this once); Location is its address. A retried registration with the same Idempotency-Key and body answers the same subscription with Idempotent-Replayed: true, without the secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSubscriptionView.class)),
            headers = @Header(name = "Location", description = "The address of what was created", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "employer-not-found: the caller does not act for this employer.")
    @APIResponse(responseCode = "422", description = "webhook-endpoint-not-https: the url is not an https address; webhook-endpoint-not-allowed: its host is not known or is an internal address; unknown-webhook-event-type: an event type is not published.")
    @Operation(operationId = "registerWebhookSubscription", summary = "Register an endpoint the employer's events are delivered to",
            description = "Each event of the types asked for that concerns the employer, recorded from now on, is posted to"
                    + " the endpoint as a CloudEvent in structured JSON, signed as Standard Webhooks (webhook-id,"
                    + " webhook-timestamp, webhook-signature) with the secret answered here once.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME})
    public Uni<Response> register(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @RequestBody(description = "The endpoint and the event types.", required = true)
            @Valid @NotNull(message = "a JSON body is required") WebhookSubscriptionRequest request) {
        return idempotent.create("registerWebhookSubscription", businessNumber, Arrays.asList(businessNumber, request),
                alsoRecord -> register.register(caller.get(), businessNumber, request.url(), request.eventTypes(), alsoRecord),
                registered -> Response.created(URI.create(location(businessNumber, registered.subscription().subscriptionId().toString())))
                        .entity(WebhookSubscriptionView.of(registered.subscription(), registered.secret())).build(),
                id -> location(businessNumber, id),
                id -> read.read(caller.get(), businessNumber, UUID.fromString(id)).map(WebhookSubscriptionView::of));
    }

    private static String location(String businessNumber, String subscriptionId) {
        return "/employers/" + businessNumber + "/webhook-subscriptions/" + subscriptionId;
    }

    @GET
    @APIResponse(responseCode = "200", description = "A page of the employer's subscriptions, without their secrets.")
    @APIResponse(responseCode = "404", description = "employer-not-found: the caller does not act for this employer.")
    @Operation(operationId = "listWebhookSubscriptions", summary = "The employer's webhook subscriptions, the oldest first")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME})
    public Uni<Page<WebhookSubscriptionView>> list(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @Valid @BeanParam PageParameters paging) {
        return list.list(caller.get(), businessNumber, paging.page(), paging.size()).map(page -> page.map(WebhookSubscriptionView::of));
    }

    @GET
    @Path("/{subscriptionId}")
    @APIResponse(responseCode = "200", description = "The subscription, without its secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSubscriptionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @Operation(operationId = "getWebhookSubscription", summary = "One of the employer's webhook subscriptions")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME})
    public Uni<WebhookSubscriptionView> get(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @PathParam("subscriptionId") @Pattern(regexp = SUBSCRIPTION_ID, message = SUBSCRIPTION_ID_MESSAGE) String subscriptionId) {
        return read.read(caller.get(), businessNumber, UUID.fromString(subscriptionId)).map(WebhookSubscriptionView::of);
    }

    @DELETE
    @Path("/{subscriptionId}")
    @APIResponse(responseCode = "204", description = "Stopped (or stopped already): nothing more is delivered to it.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @Operation(operationId = "stopWebhookSubscription", summary = "Stop a webhook subscription",
            description = "Its pending deliveries are not tried again (listed as STOPPED); it stays listed with its deliveries.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME})
    public Uni<Response> stop(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @PathParam("subscriptionId") @Pattern(regexp = SUBSCRIPTION_ID, message = SUBSCRIPTION_ID_MESSAGE) String subscriptionId) {
        return stop.stop(caller.get(), businessNumber, UUID.fromString(subscriptionId)).map(stopped -> Response.noContent().build());
    }

    @POST
    @Path("/{subscriptionId}/secret-rotations")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret (shown this once) and until when the replaced one still signs. A retried rotation with the same Idempotency-Key answers the subscription as it stands with Idempotent-Replayed: true, without the secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSubscriptionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "webhook-subscription-stopped: the subscription was stopped.")
    @Operation(operationId = "rotateWebhookSecret", summary = "Give a webhook subscription a new secret",
            description = "Deliveries are signed with the new secret and, for the policy's overlap (24 hours), with the"
                    + " replaced one too: webhook-signature holds both, space-separated, so the receiver can switch without"
                    + " losing a delivery.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME})
    public Uni<WebhookSubscriptionView> rotateSecret(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @PathParam("subscriptionId") @Pattern(regexp = SUBSCRIPTION_ID, message = SUBSCRIPTION_ID_MESSAGE) String subscriptionId) {
        return idempotent.change("rotateWebhookSecret", businessNumber, Arrays.asList(businessNumber, subscriptionId),
                () -> rotate.rotate(caller.get(), businessNumber, UUID.fromString(subscriptionId))
                        .map(rotated -> WebhookSubscriptionView.of(rotated.subscription(), rotated.secret())),
                () -> get(businessNumber, subscriptionId));
    }

    @GET
    @Path("/{subscriptionId}/deliveries")
    @APIResponse(responseCode = "200", description = "A page of the subscription's deliveries, the newest first, each with its attempts.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @Operation(operationId = "listWebhookDeliveries", summary = "What was delivered to a webhook subscription, with every attempt")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME})
    public Uni<Page<WebhookDeliveryView>> deliveries(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @PathParam("subscriptionId") @Pattern(regexp = SUBSCRIPTION_ID, message = SUBSCRIPTION_ID_MESSAGE) String subscriptionId,
            @Valid @BeanParam PageParameters paging) {
        return deliveries.list(caller.get(), businessNumber, UUID.fromString(subscriptionId), paging.page(), paging.size())
                .map(page -> page.map(WebhookDeliveryView::of));
    }
}
