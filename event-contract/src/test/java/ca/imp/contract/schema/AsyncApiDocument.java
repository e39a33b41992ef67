package ca.imp.contract.schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.imp.contract.Topics;
import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.contract.envelope.CloudEventType;
import ca.imp.contract.inspection.InspectionEvent;
import ca.imp.contract.schema.EventSchemas.EventType;

/**
 * The AsyncAPI 3.0 document of the three topics (docs/events/asyncapi.yaml), built from the same event types and
 * versions as the schema files ({@link EventSchemas#all()}), so it names every file and nothing else: a channel per
 * topic, its Kafka key, the CloudEvents headers the relay writes ({@link CloudEventHeaders}), one message per event
 * type and schema version whose payload refers to its schema file, and the owning service's send operation.
 */
final class AsyncApiDocument {
    static final Path FILE = EventSchemas.DIRECTORY.getParent().resolve("asyncapi.yaml");
    private static final String KAFKA_BINDING = "0.5.0";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Per area: the topic, the channel's and operation's names, the service that sends. */
    private record Topic(String address, String channel, String operation, String publisher, String description) {
    }

    private static final Map<String, Topic> TOPICS = Map.of(
            "offer", new Topic(Topics.OFFERS, "offers", "sendOfferEvents", "offer-service",
                    "Offers of employment and their fees, and the inspections of an employer (each on a stream of its own)."),
            "decision", new Topic(Topics.DECISIONS, "decisions", "sendDecisionEvents", "decision-service",
                    "Work permit applications made with an offer, their decisions and the officers' notes requested under ATIP."),
            "deadline", new Topic(Topics.DEADLINES, "deadlines", "sendDeadlineEvents", "deadline-service",
                    "The deadlines that offers, decisions and inspections start: scheduled, moved, reminded of, elapsed, met."));

    private AsyncApiDocument() {
    }

    static ObjectNode build() {
        ObjectNode document = JSON.objectNode().put("asyncapi", "3.0.0");
        document.set("info", info());
        document.put("defaultContentType", "application/json");
        document.set("servers", servers());
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = document.putObject("components");
        ObjectNode messages = JSON.objectNode();

        Map<String, List<EventType>> byArea = new LinkedHashMap<>();
        EventSchemas.all().forEach(event -> byArea.computeIfAbsent(event.area(), area -> new ArrayList<>()).add(event));
        byArea.forEach((area, events) -> {
            Topic topic = TOPICS.get(area);
            ObjectNode channel = channels.putObject(topic.channel());
            channel.put("address", topic.address()).put("title", topic.address())
                    .put("description", topic.description() + " Published by " + topic.publisher() + ".");
            ObjectNode channelMessages = channel.putObject("messages");
            channel.putObject("bindings").putObject("kafka").put("topic", topic.address()).put("bindingVersion", KAFKA_BINDING);

            ObjectNode operation = operations.putObject(topic.operation());
            operation.put("action", "send").putObject("channel").put("$ref", "#/channels/" + topic.channel());
            operation.put("title", topic.publisher() + " publishes to " + topic.address());
            operation.put("description", "Records are published in the order of their stream, at least once: deduplicate on ce_id.");
            ArrayNode operationMessages = operation.putArray("messages");

            for (EventType event : events) {
                String name = messageName(event);
                channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
                operationMessages.addObject().put("$ref", "#/channels/" + topic.channel() + "/messages/" + name);
                messages.set(name, message(event));
            }
        });

        components.set("messages", messages);
        components.putObject("schemas").set("CloudEventHeaders", cloudEventHeaders());
        components.putObject("correlationIds").putObject("flow")
                .put("description", "The request or flow the event belongs to, across the three topics.")
                .put("location", "$message.header#/" + CloudEventHeaders.CORRELATION_ID);
        return document;
    }

    /** The message's key in the document: the event type and its schema version, e.g. {@code DecisionRendered.v2}. */
    static String messageName(EventType event) {
        return event.type().getSimpleName() + ".v" + event.schemaVersion();
    }

    private static ObjectNode info() {
        ObjectNode info = JSON.objectNode();
        info.put("title", "IMP offer lifecycle events");
        info.put("version", "1.0.0");
        info.put("description", """
                The events the IMP offer lifecycle services publish on Kafka, as CloudEvents 1.0 in the Kafka protocol \
                binding's binary mode: the record's value is the event data as JSON, its attributes are `ce_*` headers, \
                its key is the stream the event belongs to (also `ce_subject`).

                Each message is one event type in one schema version: `ce_type` is `ca.imp.<area>.<EventType>.v<N>` \
                and `ce_schemaversion` is `N`. Its payload is the JSON Schema (draft 2020-12, using only keywords that \
                mean the same in draft-07) in `schemas/<area>/<EventType>.v<N>.json` beside this document, which each \
                service serves at `/events/schemas/<area>/`; `ce_dataschema` is that address at the publishing service. \
                A type whose data changed shape has a message per version: consumers read the version a record names. \
                Records published before the namespace carry the bare `<EventType>` as `ce_type` and no `ce_dataschema`.

                Delivery is at least once and in order per key: deduplicate on `ce_id`. Ignore fields you do not know: \
                a producer may add one within a schema version. Generated from the event records \
                (event-contract's AsyncApiDocumentTest); docs/events/README.md says more.""");
        return info;
    }

    private static ObjectNode servers() {
        ObjectNode servers = JSON.objectNode();
        ObjectNode kafka = servers.putObject("kafka");
        kafka.put("host", "{bootstrap}").put("protocol", "kafka")
                .put("description", "The deployment's Kafka cluster (the services' KAFKA_BOOTSTRAP_SERVERS).");
        kafka.putObject("variables").putObject("bootstrap").put("default", "localhost:9092")
                .put("description", "A bootstrap server; the local run's broker by default.");
        return servers;
    }

    private static ObjectNode message(EventType event) {
        String type = event.type().getSimpleName();
        String ceType = CloudEventType.of(event.area(), type, event.schemaVersion());
        ObjectNode message = JSON.objectNode();
        message.put("name", type);
        message.put("title", type + " v" + event.schemaVersion());
        message.put("summary", "ce_type " + ceType);
        message.put("contentType", "application/json");

        ObjectNode specific = JSON.objectNode().put("type", "object");
        ObjectNode properties = specific.putObject("properties");
        properties.putObject(CloudEventHeaders.TYPE).put("const", ceType);
        properties.putObject(CloudEventHeaders.SCHEMA_VERSION).put("const", Integer.toString(event.schemaVersion()));
        properties.putObject(CloudEventHeaders.DATASCHEMA).put("type", "string")
                .put("pattern", "/events/schemas/" + event.file().replace(".", "\\.") + "$");
        ObjectNode headers = message.putObject("headers");
        ArrayNode allOf = headers.putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/CloudEventHeaders");
        allOf.add(specific);

        message.putObject("payload").put("$ref", "./schemas/" + event.file());
        message.putObject("correlationId").put("$ref", "#/components/correlationIds/flow");
        message.putObject("bindings").putObject("kafka").<ObjectNode>set("key", key(event)).put("bindingVersion", KAFKA_BINDING);
        return message;
    }

    /** The record's key: the id of the stream the event belongs to (KafkaEventPublisher), also its ce_subject. */
    private static ObjectNode key(EventType event) {
        ObjectNode key = JSON.objectNode().put("type", "string");
        if (InspectionEvent.class.isAssignableFrom(event.type())) {
            return key.put("format", "uuid").put("description", "The inspection's id: an inspection of an employer is a stream of its own.");
        }
        if (event.area().equals("deadline")) {
            return key.put("description", "The offer number, or for an inspection's deadline (one naming an inspectionId) the inspection's id.");
        }
        return key.put("description", "The offer number.");
    }

    /** What {@link CloudEventHeaders#write} puts on every record. */
    private static ObjectNode cloudEventHeaders() {
        ObjectNode headers = JSON.objectNode().put("type", "object")
                .put("description", "The CloudEvents attributes of a record (Kafka protocol binding, binary mode), as UTF-8 header values.");
        ArrayNode required = headers.putArray("required");
        List.of(CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE, CloudEventHeaders.SUBJECT,
                CloudEventHeaders.TIME, CloudEventHeaders.SPECVERSION, CloudEventHeaders.SCHEMA_VERSION,
                CloudEventHeaders.DATASCHEMA, CloudEventHeaders.CONTENT_TYPE).forEach(required::add);
        ObjectNode properties = headers.putObject("properties");
        header(properties, CloudEventHeaders.ID, "uuid", "Unique per event: deduplicate on it.");
        header(properties, CloudEventHeaders.TYPE, null, "ca.imp.<area>.<EventType>.v<N>, e.g. ca.imp.offer.OfferSubmitted.v1.");
        header(properties, CloudEventHeaders.SOURCE, "uri-reference",
                "The deployment that published it (imp.events.source), by default /offer-service, /decision-service, /deadline-service.");
        header(properties, CloudEventHeaders.SUBJECT, null, "The stream the event belongs to, as the record's key.");
        header(properties, CloudEventHeaders.TIME, "date-time", "When the event was recorded.");
        properties.putObject(CloudEventHeaders.SPECVERSION).put("const", CloudEventHeaders.SPEC_VERSION)
                .put("description", "The CloudEvents version.");
        header(properties, CloudEventHeaders.SCHEMA_VERSION, null, "The version of the data's shape for its type: N in ce_type.");
        header(properties, CloudEventHeaders.DATASCHEMA, "uri",
                "Where the data's JSON Schema is served: <imp.events.schema-base-url>/events/schemas/<area>/<EventType>.v<N>.json.");
        header(properties, CloudEventHeaders.CORRELATION_ID, "uuid", "The request or flow the event belongs to (extension).");
        header(properties, CloudEventHeaders.CAUSATION_ID, "uuid", "The event or request that caused it, when known (extension).");
        properties.putObject(CloudEventHeaders.CONTENT_TYPE).put("const", "application/json")
                .put("description", "The data's media type (CloudEvents datacontenttype).");
        properties.putObject(CloudEventHeaders.TRACEPARENT).put("type", "string")
                .put("pattern", "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")
                .put("description", "W3C Trace Context traceparent of the span that published the record, when the event"
                        + " was recorded in a trace (optional): continue it to see one decision as one trace.");
        header(properties, CloudEventHeaders.TRACESTATE, null, "W3C Trace Context tracestate that goes with traceparent (optional).");
        return headers;
    }

    private static void header(ObjectNode properties, String name, String format, String description) {
        ObjectNode header = properties.putObject(name).put("type", "string");
        if (format != null) {
            header.put("format", format);
        }
        header.put("description", description);
    }
}
