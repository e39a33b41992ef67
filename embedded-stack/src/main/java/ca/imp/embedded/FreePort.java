package ca.imp.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Finds an unused port for a server to bind later. It draws below the kernel's ephemeral range
 * (32768 and up on Linux) on purpose: a port the OS hands out with {@code new ServerSocket(0)} comes
 * from that range, where any client connection (a Kafka consumer, a JDBC pool) may take it as its own
 * source port before the server binds, and a broker then fails with "Address already in use".
 */
public final class FreePort {
    private static final int LOWEST = 20_000;
    private static final int HIGHEST = 32_000;
    private static final int DRAWS = 200;

    private FreePort() {
    }

    public static int pick() {
        for (int draw = 0; draw < DRAWS; draw++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST);
            if (isFree(port)) {
                return port;
            }
        }
        throw new UncheckedIOException(new IOException("no free port between " + LOWEST + " and " + HIGHEST));
    }

    static int orPick(int port) {
        return port == 0 ? pick() : port;
    }

    /** Free on the wildcard address, as a server binding every address needs it, and on the loopback address. */
    private static boolean isFree(int port) {
        return bindable(new InetSocketAddress(port)) && bindable(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    private static boolean bindable(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(address);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
