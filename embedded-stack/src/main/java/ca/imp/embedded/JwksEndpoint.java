package ca.imp.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * Serves a {@link TokenIssuer}'s key set over HTTP on the loopback address, the way an OpenID
 * Connect provider serves its {@code jwks_uri}; services pointed at {@link #url()} fetch and verify
 * with it over a real connection, exactly as they would from Keycloak or Entra ID.
 */
public final class JwksEndpoint implements AutoCloseable {
    private static final String PATH = "/.well-known/jwks.json";

    private final HttpServer server;

    private JwksEndpoint(HttpServer server) {
        this.server = server;
    }

    public static JwksEndpoint serve(TokenIssuer issuer) {
        byte[] body = issuer.jwks().getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(PATH, exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return new JwksEndpoint(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + PATH;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
