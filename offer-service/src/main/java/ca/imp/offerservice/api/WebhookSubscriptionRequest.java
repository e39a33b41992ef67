package ca.imp.offerservice.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An endpoint to deliver the employer's events to, and which. */
public record WebhookSubscriptionRequest(
        @Schema(description = "The endpoint: an https address whose host is public.", example = "https://hooks.partner.example/imp")
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String url,
        @Schema(description = "The event types to deliver, by the contract's name or as published (namespaced, with or"
                + " without the version): a subscription follows a type across its versions.",
                example = "[\"ca.imp.decision.DecisionRendered.v2\", \"DeadlineScheduled\"]")
        @NotEmpty(message = "must name at least one event type") @Size(max = 100, message = "must name at most 100 event types")
        List<@NotNull(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String> eventTypes) {
}
