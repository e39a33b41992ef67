package ca.imp.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Asks the OS for an unused port. Another process could take it before we bind; for local runs that risk is accepted. */
public final class FreePort {

    private FreePort() {
    }

    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port available", e);
        }
    }

    static int orPick(int port) {
        return port == 0 ? pick() : port;
    }
}
