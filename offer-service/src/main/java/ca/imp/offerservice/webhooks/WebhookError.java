package ca.imp.offerservice.webhooks;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.imp.eventstore.decider.DomainError;

/** Why a webhook subscription was not registered or changed. */
public sealed interface WebhookError extends DomainError {

    /** Deliveries carry an employer's events: they are sent encrypted only. */
    record EndpointNotHttps(String url) implements WebhookError, DomainError.Unprocessable {
        public String rule() {
            return "webhook-endpoint-not-https";
        }

        public String detail() {
            return "The endpoint " + url + " is not an https address; webhooks are delivered over HTTPS only.";
        }

        @Override
        public String field() {
            return "url";
        }
    }

    /** An address inside the service's own network (loopback, private, link-local) would let a caller reach it. */
    record EndpointNotAllowed(String url, String reason) implements WebhookError, DomainError.Unprocessable {
        public String rule() {
            return "webhook-endpoint-not-allowed";
        }

        public String detail() {
            return "The endpoint " + url + " cannot be delivered to: " + reason + ".";
        }

        @Override
        public String field() {
            return "url";
        }
    }

    record UnknownEventTypes(List<String> unknown, List<String> known) implements WebhookError, DomainError.Unprocessable {
        public String rule() {
            return "unknown-webhook-event-type";
        }

        public String detail() {
            return "No event is published with the type " + String.join(", ", unknown) + ".";
        }

        @Override
        public String field() {
            return "eventTypes";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("knownEventTypes", known);
        }
    }

    record SubscriptionNotFound(UUID subscriptionId) implements WebhookError, DomainError.NotFound {
        public String rule() {
            return "webhook-subscription-not-found";
        }

        public String detail() {
            return "The employer has no webhook subscription " + subscriptionId + ".";
        }
    }

    record SubscriptionStopped(UUID subscriptionId) implements WebhookError, DomainError.Conflict {
        public String rule() {
            return "webhook-subscription-stopped";
        }

        public String detail() {
            return "The webhook subscription " + subscriptionId + " was stopped; register a new one.";
        }
    }
}
