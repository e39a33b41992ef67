package ca.imp.offerservice.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's receiver on this machine, over real HTTP connections (the JDK's server): each endpoint, at
 * {@code /hooks/<name>}, records what it was sent and answers 500 to its first {@code failures} requests, then 204. It
 * verifies signatures as the Standard Webhooks spec tells a receiver to, with its own HMAC-SHA256 over
 * {@code <webhook-id>.<webhook-timestamp>.<body>} keyed with the secret's base64-decoded bytes after {@code whsec_}.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String webhookId, String timestamp, List<String> signatures, String contentType, String body) {

        /** Which of the secrets sign it: each must match one of the request's v1 signatures, compared in constant time. */
        boolean signedWith(String secret) {
            byte[] expected = hmac(secret, webhookId + "." + timestamp + "." + body);
            return signatures.stream().filter(signature -> signature.startsWith("v1,"))
                    .anyMatch(signature -> MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3))));
        }
    }

    private final HttpServer server;
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/", this::receive);
        server.start();
    }

    /** The address of a new endpoint that fails its first {@code failures} requests. */
    String endpoint(String name, int failures) {
        failuresLeft.put(name, new AtomicInteger(failures));
        received.put(name, new CopyOnWriteArrayList<>());
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + name;
    }

    List<Received> received(String name) {
        return List.copyOf(received.get(name));
    }

    private void receive(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/hooks/".length());
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var headers = exchange.getRequestHeaders();
        String signatures = headers.getFirst("webhook-signature");
        received.computeIfAbsent(name, any -> new CopyOnWriteArrayList<>()).add(new Received(headers.getFirst("webhook-id"),
                headers.getFirst("webhook-timestamp"), signatures == null ? List.of() : Arrays.asList(signatures.split(" ")),
                headers.getFirst("content-type"), body));
        AtomicInteger failures = failuresLeft.computeIfAbsent(name, any -> new AtomicInteger());
        int status = failures.getAndDecrement() > 0 ? 500 : 204;
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static byte[] hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
