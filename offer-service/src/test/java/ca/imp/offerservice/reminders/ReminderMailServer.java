package ca.imp.offerservice.reminders;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) on a free port, which offer-service sends its reminder mails to over a socket: the
 * mailer is no longer mocked, as it is by default in tests. The test reads what the server received.
 */
public final class ReminderMailServer implements QuarkusTestResourceLifecycleManager {
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(new ServerSetup(ServerSetup.PORT_SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return Map.of("quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()),
                "imp.reminders.send-interval", "1s",
                "imp.reminders.mark-met-url", "https://portal.example/deadlines/{deadlineId}/met");
    }

    @Override
    public void stop() {
        server.stop();
    }

    static GreenMail server() {
        return server;
    }
}
