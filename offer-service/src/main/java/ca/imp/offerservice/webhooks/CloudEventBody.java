package ca.imp.offerservice.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.imp.contract.EventJson;
import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.contract.envelope.EventEnvelope;

/**
 * A delivery's body: the event as a CloudEvent in structured JSON mode, with the attributes the topic's record carries
 * as {@code ce_*} headers and the record's value as {@code data}. It holds no more than the topic, which holds no
 * personal data.
 */
final class CloudEventBody {
    static final String MEDIA_TYPE = "application/cloudevents+json";

    private CloudEventBody() {
    }

    static String of(EventEnvelope envelope, String data) {
        ObjectNode event = EventJson.mapper().createObjectNode()
                .put("specversion", CloudEventHeaders.SPEC_VERSION)
                .put("id", envelope.id().toString())
                .put("type", envelope.type())
                .put("source", envelope.source())
                .put("subject", envelope.subject())
                .put("time", envelope.time().toString())
                .put("datacontenttype", "application/json");
        if (envelope.dataschema() != null) {
            event.put("dataschema", envelope.dataschema());
        }
        event.put("schemaversion", Integer.toString(envelope.schemaVersion()));
        if (envelope.correlationId() != null) {
            event.put("correlationid", envelope.correlationId().toString());
        }
        if (envelope.causationId() != null) {
            event.put("causationid", envelope.causationId().toString());
        }
        try {
            event.set("data", EventJson.mapper().readTree(data));
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the data of " + envelope.type() + " " + envelope.id() + " is not JSON", e);
        }
    }
}
