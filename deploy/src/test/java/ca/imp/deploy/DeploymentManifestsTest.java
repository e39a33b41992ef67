package ca.imp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.imp.contract.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment descriptions under deploy/ (compose.yaml, k8s/) are valid by the published schemas of their formats
 * (the Kubernetes 1.31 API in its strict form, the Compose specification), vendored under src/test/resources with
 * their origin in SOURCE.md, and they agree with the code: every variable is a configuration key the service it is
 * given to reads, the probes ask the health endpoints on the service's port, the topics created are the product's,
 * the images are named as the Jib build names them, and the realm's tokens carry the claims the services verify.
 * No container runtime runs here: nothing is started, only read.
 */
class DeploymentManifestsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DEPLOY = ROOT.resolve("deploy");
    private static final Path K8S = DEPLOY.resolve("k8s");
    private static final List<String> SERVICES = List.of("offer-service", "decision-service", "deadline-service");
    /** The libraries every service runs with, whose configuration defaults and keys are the services' too. */
    private static final List<String> LIBRARIES = List.of("event-store", "access-control", "rest-problems");
    /** SmallRye Health's endpoints (quarkus-smallrye-health, in every service through event-store). */
    private static final Set<String> HEALTH_PATHS = Set.of("/q/health/live", "/q/health/ready", "/q/health/started");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*(\"[^\"]+\"|[A-Z_]+)");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z][a-z0-9.-]*)");
    /** An environment name a configuration file's comment documents, e.g. QUARKUS_MAILER_START_TLS. */
    private static final Pattern DOCUMENTED_VARIABLE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    /**
     * The schemas name the unversioned "http://json-schema.org/schema#" as theirs, which no validator can load; they
     * are made from the API's OpenAPI 2 document, whose schemas are draft 4's, so they are read as draft 4.
     */
    @Test
    void every_kubernetes_manifest_is_valid_by_the_strict_kubernetes_schema_of_its_kind() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        List<String> invalid = new ArrayList<>();
        List<JsonNode> manifests = kubernetesManifests();

        for (JsonNode manifest : manifests) {
            String schemaFile = schemaFileOf(manifest);
            ObjectNode schemaNode = (ObjectNode) JSON.readTree(resource("k8s-schemas/" + schemaFile));
            schemaNode.remove("$schema");
            String schema = schemaNode.toString();
            List<com.networknt.schema.Error> errors = registry.getSchema(SchemaLocation.of("classpath:k8s-schemas/" + schemaFile),
                    schema, InputFormat.JSON).validate(manifest.toString(), InputFormat.JSON);
            if (!errors.isEmpty()) {
                invalid.add(manifest.path("kind").asText() + " " + manifest.path("metadata").path("name").asText() + ": " + errors);
            }
        }

        assertEquals(List.of(), invalid);
        assertEquals(Set.of("Namespace", "ConfigMap", "Secret", "Deployment", "Service", "PodDisruptionBudget", "Job"),
                manifests.stream().map(m -> m.path("kind").asText()).collect(Collectors.toSet()));
    }

    @Test
    void the_compose_file_is_valid_by_the_compose_specification() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        String schema = resource("compose-schema/compose-spec.json");

        List<com.networknt.schema.Error> errors = registry.getSchema(SchemaLocation.of("classpath:compose-schema/compose-spec.json"),
                schema, InputFormat.JSON).validate(compose().toString(), InputFormat.JSON);

        assertEquals(List.of(), errors);
    }

    /**
     * A key counts as read when the service's or its libraries' configuration sets it, names it as a placeholder or in
     * a comment (as the SMTP settings of quarkus-mailer are documented), or their code reads it.
     */
    @Test
    void every_variable_given_to_a_service_is_a_configuration_key_that_service_reads() {
        List<String> unknown = new ArrayList<>();
        Map<String, Map<String, String>> k8s = kubernetesEnvironments();
        JsonNode compose = compose();

        for (String service : SERVICES) {
            Set<String> known = configurationKeys(service).stream().map(ServiceProcess::environmentName).collect(Collectors.toSet());
            known.addAll(documentedVariables(service));
            Map<String, Set<String>> given = Map.of("compose", fieldNames(compose.path("services").path(service).path("environment")),
                    "k8s", k8s.get(service).keySet());
            given.forEach((where, variables) -> variables.stream().filter(v -> !known.contains(v))
                    .forEach(v -> unknown.add(where + " " + service + ": " + v)));
            assertFalse(k8s.get(service).isEmpty(), "no configuration for " + service + " in k8s");
        }

        assertEquals(List.of(), unknown);
    }

    @Test
    void the_personal_data_master_key_goes_only_to_offer_service_and_is_never_committed() {
        Map<String, Map<String, String>> k8s = kubernetesEnvironments();
        JsonNode compose = compose();

        for (String service : SERVICES) {
            boolean given = k8s.get(service).containsKey("IMP_PERSONAL_DATA_MASTER_KEY")
                    || compose.path("services").path(service).path("environment").has("IMP_PERSONAL_DATA_MASTER_KEY");
            assertEquals(service.equals("offer-service"), given, service);
        }
        assertTrue(k8s.get("offer-service").get("IMP_PERSONAL_DATA_MASTER_KEY").startsWith("PLACEHOLDER"));
        assertTrue(compose.path("services").path("offer-service").path("environment").path("IMP_PERSONAL_DATA_MASTER_KEY")
                .asText().startsWith("${IMP_PERSONAL_DATA_MASTER_KEY:?"), "compose takes the key from whoever starts it");
    }

    @Test
    void every_probe_asks_a_health_endpoint_on_the_port_its_service_listens_on() {
        JsonNode compose = compose();
        for (String service : SERVICES) {
            String port = serviceProperties(service).getProperty("quarkus.http.port");
            JsonNode container = deployment(service).path("spec").path("template").path("spec").path("containers").get(0);
            assertEquals(port, container.path("ports").get(0).path("containerPort").asText(), service);
            Map<String, String> probes = new LinkedHashMap<>();
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                JsonNode get = container.path(probe).path("httpGet");
                assertEquals("http", get.path("port").asText(), service + " " + probe + " port");
                probes.put(probe, get.path("path").asText());
            }
            assertEquals(Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                    "readinessProbe", "/q/health/ready"), probes, service);
            assertTrue(HEALTH_PATHS.containsAll(probes.values()));
            String check = String.join(" ", texts(compose.path("services").path(service).path("healthcheck").path("test")));
            assertTrue(check.contains("http://localhost:" + port + "/q/health/ready"), service + ": " + check);
        }
    }

    @Test
    void every_service_runs_two_replicas_of_which_one_stays_through_a_disruption() {
        for (String service : SERVICES) {
            assertEquals(2, deployment(service).path("spec").path("replicas").asInt(), service);
            JsonNode budget = ofKind("PodDisruptionBudget").filter(b -> b.path("metadata").path("name").asText().equals(service))
                    .findFirst().orElseThrow();
            assertEquals(1, budget.path("spec").path("minAvailable").asInt(), service);
            assertEquals(service, budget.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText());
            JsonNode pod = deployment(service).path("spec").path("template").path("spec");
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), service);
            assertTrue(pod.path("containers").get(0).path("securityContext").path("readOnlyRootFilesystem").asBoolean(), service);
        }
    }

    @Test
    void the_topics_created_are_the_products_and_the_services_dead_letter_topics_with_replication() {
        Set<String> expected = new TreeSet<>(List.of(Topics.OFFERS, Topics.DECISIONS, Topics.DEADLINES));
        for (String service : SERVICES) {
            serviceProperties(service).stringPropertyNames().stream().filter(key -> key.endsWith(".dead-letter-queue.topic"))
                    .map(key -> serviceProperties(service).getProperty(key)).forEach(expected::add);
            serviceProperties(service).stringPropertyNames().stream()
                    .filter(key -> key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic") && !key.contains("dead-letter"))
                    .forEach(key -> assertTrue(expected.contains(serviceProperties(service).getProperty(key)), key));
        }
        JsonNode job = ofKind("Job").findFirst().orElseThrow();
        Map<String, String> env = new HashMap<>();
        job.path("spec").path("template").path("spec").path("containers").get(0).path("env")
                .forEach(variable -> env.put(variable.path("name").asText(), variable.path("value").asText()));

        assertEquals(expected, new TreeSet<>(Arrays.asList(env.get("TOPICS").split(" "))));
        assertEquals("3", env.get("REPLICATION_FACTOR"));
        assertEquals("12", env.get("PARTITIONS"));
        String composeTopics = compose().path("services").path("kafka-topics").path("command").get(0).asText();
        expected.forEach(topic -> assertTrue(composeTopics.contains(" " + topic), "compose creates " + topic));
    }

    @Test
    void the_images_are_named_as_the_jib_build_names_them() throws IOException {
        String rootPom = Files.readString(ROOT.resolve("pom.xml"));
        String group = between(rootPom, "<quarkus.container-image.group>", "</quarkus.container-image.group>");
        String version = between(rootPom, "<version>", "</version>");
        JsonNode compose = compose();
        for (String service : SERVICES) {
            String image = group + "/" + service + ":" + version;
            assertTrue(Files.readString(ROOT.resolve(service).resolve("pom.xml")).contains("<artifactId>quarkus-container-image-jib</artifactId>"),
                    service + " builds its image with Jib");
            assertEquals(service, serviceProperties(service).getProperty("quarkus.application.name"), "the image's name is the application's");
            assertEquals(image, deployment(service).path("spec").path("template").path("spec").path("containers").get(0).path("image").asText());
            assertEquals("imp/" + service + ":${IMP_VERSION:-" + version + "}", compose.path("services").path(service).path("image").asText());
        }
    }

    @Test
    void the_realms_tokens_carry_the_audience_roles_and_business_numbers_the_services_verify() throws IOException {
        JsonNode realm = JSON.readTree(DEPLOY.resolve("compose/keycloak/imp-realm.json").toFile());
        Properties access = libraryDefaults("access-control");
        JsonNode client = realm.path("clients").get(0);
        Map<String, JsonNode> mappers = new HashMap<>();
        client.path("protocolMappers").forEach(m -> mappers.put(m.path("protocolMapper").asText(), m.path("config")));

        assertEquals(access.getProperty("mp.jwt.verify.audiences"), mappers.get("oidc-audience-mapper").path("included.custom.audience").asText());
        JsonNode roles = mappers.get("oidc-usermodel-realm-role-mapper");
        assertEquals("groups", roles.path("claim.name").asText(), "roles come from the standard groups claim");
        assertEquals("true", roles.path("multivalued").asText());
        JsonNode businessNumbers = mappers.get("oidc-usermodel-attribute-mapper");
        assertEquals(access.getProperty("imp.access.business-numbers-claim"), businessNumbers.path("claim.name").asText());
        assertEquals("true", businessNumbers.path("multivalued").asText(), "an array, as a representative has several");
        for (JsonNode mapper : mappers.values()) {
            assertEquals("true", mapper.path("access.token.claim").asText(), "the services read the access token");
        }
        Set<String> realmRoles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(r -> realmRoles.add(r.path("name").asText()));
        assertTrue(realmRoles.containsAll(Set.of("employer", "representative", "officer", "ops", "partner")), realmRoles.toString());
        for (JsonNode user : realm.path("users")) {
            List<String> userRoles = texts(user.path("realmRoles"));
            assertEquals(1, userRoles.size(), user.path("username").asText() + " has exactly one role");
            int numbers = user.path("attributes").path(businessNumbers.path("user.attribute").asText()).size();
            assertEquals(switch (userRoles.get(0)) {
                case "employer" -> 1;
                case "representative" -> 2;
                default -> 0;
            }, numbers, user.path("username").asText());
        }
        String composeIssuer = compose().path("x-shared-environment").path("MP_JWT_VERIFY_ISSUER").asText();
        assertTrue(composeIssuer.endsWith("/realms/" + realm.path("realm").asText()), composeIssuer);
    }

    /** Every key a service reads: its own configuration and code's, its libraries', and the placeholders they name. */
    private static Set<String> configurationKeys(String service) {
        Set<String> keys = new TreeSet<>();
        List<Properties> files = new ArrayList<>(List.of(serviceProperties(service)));
        LIBRARIES.forEach(library -> files.add(libraryDefaults(library)));
        for (Properties file : files) {
            keys.addAll(file.stringPropertyNames());
            file.values().forEach(value -> placeholders(value.toString(), keys));
        }
        Stream.concat(Stream.of(service), LIBRARIES.stream()).forEach(module -> keysInCode(ROOT.resolve(module).resolve("src/main/java"), keys));
        return keys;
    }

    private static Set<String> documentedVariables(String service) {
        Set<String> variables = new TreeSet<>();
        Stream.concat(Stream.of(ROOT.resolve(service).resolve("src/main/resources/application.properties")),
                        LIBRARIES.stream().map(library -> ROOT.resolve(library).resolve("src/main/resources/META-INF/microprofile-config.properties")))
                .forEach(file -> {
                    try {
                        Files.readAllLines(file).stream().filter(line -> line.startsWith("#")).forEach(comment -> {
                            Matcher variable = DOCUMENTED_VARIABLE.matcher(comment);
                            while (variable.find()) {
                                variables.add(variable.group());
                            }
                        });
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return variables;
    }

    private static void keysInCode(Path sources, Set<String> keys) {
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher property = CONFIG_PROPERTY.matcher(code);
                while (property.find()) {
                    String name = property.group(1);
                    keys.add(name.startsWith("\"") ? name.substring(1, name.length() - 1) : constant(code, name));
                }
                Matcher mapping = CONFIG_MAPPING.matcher(code);
                while (mapping.find()) {
                    keys.add(mapping.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String constant(String code, String name) {
        Matcher value = Pattern.compile("String " + name + "\\s*=\\s*\"([^\"]+)\"").matcher(code);
        assertTrue(value.find(), "constant " + name);
        return value.group(1);
    }

    private static void placeholders(String value, Set<String> keys) {
        Matcher placeholder = PLACEHOLDER.matcher(value);
        while (placeholder.find()) {
            keys.add(placeholder.group(1));
        }
    }

    /** Each Deployment's variables: its ConfigMaps' and Secrets' keys and its own env, by service. */
    private static Map<String, Map<String, String>> kubernetesEnvironments() {
        Map<String, Map<String, String>> sources = new HashMap<>();
        Stream.concat(ofKind("ConfigMap").map(m -> Map.entry(m, "data")), ofKind("Secret").map(s -> Map.entry(s, "stringData")))
                .forEach(source -> {
                    Map<String, String> data = new LinkedHashMap<>();
                    source.getKey().path(source.getValue()).fields().forEachRemaining(f -> data.put(f.getKey(), f.getValue().asText()));
                    sources.merge(source.getKey().path("kind").asText() + "/" + source.getKey().path("metadata").path("name").asText(),
                            data, (a, b) -> a);
                });
        Map<String, Map<String, String>> environments = new HashMap<>();
        for (String service : SERVICES) {
            Map<String, String> environment = new LinkedHashMap<>();
            JsonNode container = deployment(service).path("spec").path("template").path("spec").path("containers").get(0);
            for (JsonNode from : container.path("envFrom")) {
                String source = from.has("configMapRef") ? "ConfigMap/" + from.path("configMapRef").path("name").asText()
                        : "Secret/" + from.path("secretRef").path("name").asText();
                assertTrue(sources.containsKey(source), service + " refers to " + source);
                environment.putAll(sources.get(source));
            }
            container.path("env").forEach(variable -> environment.put(variable.path("name").asText(), variable.path("value").asText()));
            environments.put(service, environment);
        }
        return environments;
    }

    private static JsonNode deployment(String service) {
        return ofKind("Deployment").filter(d -> d.path("metadata").path("name").asText().equals(service)).findFirst().orElseThrow();
    }

    private static Stream<JsonNode> ofKind(String kind) {
        return kubernetesManifests().stream().filter(m -> m.path("kind").asText().equals(kind));
    }

    private static List<JsonNode> kubernetesManifests() {
        try (Stream<Path> files = Files.list(K8S)) {
            List<JsonNode> manifests = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object document : new Yaml().loadAll(Files.readString(file))) {
                    if (document != null) {
                        manifests.add(JSON.valueToTree(document));
                    }
                }
            }
            return manifests;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** compose.yaml as Compose reads it: anchors and merge keys resolved. */
    private static JsonNode compose() {
        try {
            return JSON.valueToTree(new Yaml().load(Files.readString(DEPLOY.resolve("compose.yaml"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** yannh/kubernetes-json-schema's file name: the kind, then the API group (unless core) and version. */
    private static String schemaFileOf(JsonNode manifest) {
        String[] apiVersion = manifest.path("apiVersion").asText().split("/");
        String kind = manifest.path("kind").asText().toLowerCase(Locale.ROOT);
        return apiVersion.length == 1 ? kind + "-" + apiVersion[0] + ".json"
                : kind + "-" + apiVersion[0].split("\\.")[0] + "-" + apiVersion[1] + ".json";
    }

    private static Properties serviceProperties(String service) {
        return properties(ROOT.resolve(service).resolve("src/main/resources/application.properties"));
    }

    private static Properties libraryDefaults(String library) {
        return properties(ROOT.resolve(library).resolve("src/main/resources/META-INF/microprofile-config.properties"));
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String resource(String name) {
        try (InputStream in = DeploymentManifestsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertTrue(in != null, "vendored schema " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).filter(JsonNode::isTextual).map(JsonNode::asText).toList();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
