package ca.imp.embedded;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.contract.envelope.CloudEventType;
import ca.imp.contract.envelope.EventEnvelope;

/** Kafka as a partner system sees it: send a record with CloudEvents headers, read a topic from the start. */
public final class TopicClient {
    /** The type of the records {@link #readToMarker} sends. */
    public static final String MARKER_TYPE = "TopicMarker";
    private final String bootstrapServers;

    public TopicClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends one record and waits until the broker has it; a null envelope sends no headers at all. */
    public void send(String topic, String key, String value, EventEnvelope envelope) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        if (envelope != null) {
            CloudEventHeaders.write(envelope, record.headers());
        }
        send(record);
    }

    /** Sends a record as is, e.g. one read from a topic, to deliver it again. */
    public void send(ProducerRecord<String, String> record) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not accept the record", e.getCause());
        }
    }

    /** Reads the topic from the beginning until what was read satisfies {@code enough}, or fails after {@code within}. */
    public List<ConsumerRecord<String, String>> readUntil(String topic, Predicate<List<ConsumerRecord<String, String>>> enough,
                                                          Duration within) {
        return readUntil(topic, enough, within, new StringDeserializer());
    }

    /** As {@link #readUntil(String, Predicate, Duration)}, each value read by {@code values}, e.g. as a CloudEvent. */
    public <V> List<ConsumerRecord<String, V>> readUntil(String topic, Predicate<List<ConsumerRecord<String, V>>> enough,
                                                         Duration within, Deserializer<V> values) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + within.toNanos();
            while (!enough.test(records)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("topic " + topic + " did not get the expected records within " + within
                            + "; read " + records.size());
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * Every record of {@code key} on the topic before a marker sent now on the same key (so to the same partition,
     * after all that is already there), raw: a duplicate counts twice. The caller first makes sure the producer
     * under test has sent all it will. The marker carries an envelope of a type no consumer routes.
     */
    public List<ConsumerRecord<String, String>> readToMarker(String topic, String key, Duration within) {
        return readToMarker(topic, key, within, new StringDeserializer());
    }

    /** As {@link #readToMarker(String, String, Duration)}, each value read by {@code values}, e.g. as a CloudEvent. */
    public <V> List<ConsumerRecord<String, V>> readToMarker(String topic, String key, Duration within, Deserializer<V> values) {
        UUID marker = UUID.randomUUID();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, "{}");
        CloudEventHeaders.write(new EventEnvelope(marker, MARKER_TYPE, "/tests", key, Instant.now(), 1, marker, null),
                record.headers());
        send(record);
        List<ConsumerRecord<String, V>> read = readUntil(topic,
                records -> records.stream().anyMatch(r -> isMarker(r, marker)), within, values);
        List<ConsumerRecord<String, V>> ofKey = new ArrayList<>();
        for (ConsumerRecord<String, V> r : read) {
            if (isMarker(r, marker)) {
                return ofKey;
            }
            if (key.equals(r.key()) && !MARKER_TYPE.equals(header(r, CloudEventHeaders.TYPE))) {
                ofKey.add(r);
            }
        }
        return ofKey;
    }

    /**
     * Every record on the topic, raw, up to the end of each partition as it stands when called: a marker at the end
     * of every partition at once. The caller first makes sure the producer under test has sent all it will.
     */
    public List<ConsumerRecord<String, String>> readToEnd(String topic, Duration within) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, within).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, within);
            long deadline = System.nanoTime() + within.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, within) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("topic " + topic + " was not read to its end within " + within + "; read " + records.size());
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        records.add(r);
                    }
                });
            }
        }
        return records;
    }

    private static boolean isMarker(ConsumerRecord<String, ?> record, UUID marker) {
        return marker.toString().equals(header(record, CloudEventHeaders.ID));
    }

    /** The record's event name in the contract, e.g. {@code DecisionRendered}, whether its type is namespaced or bare. */
    public static String eventType(ConsumerRecord<?, ?> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        return type == null ? null : CloudEventType.eventType(type);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
