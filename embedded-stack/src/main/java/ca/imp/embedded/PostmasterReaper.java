package ca.imp.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the postmaster when this JVM dies without running its shutdown hooks (kill -9, crash).
 *
 * <p>pg_ctl daemonizes postgres, so without this it would outlive the JVM and keep its port, its shared
 * memory and its data directory lock. A tiny shell waits on a pipe whose only writer is this JVM; the
 * kernel closes that pipe when the JVM dies however it dies, the shell's read returns, and it sends the
 * postmaster SIGINT (PostgreSQL's "fast" shutdown).
 */
final class PostmasterReaper {

    private static final Logger LOG = LoggerFactory.getLogger(PostmasterReaper.class);

    private final Process process;

    private PostmasterReaper(Process process) {
        this.process = process;
    }

    /** The running postmaster's process id, from the first line of the lock file it keeps in its data directory. */
    static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    }

    static PostmasterReaper watch(Path dataDir) {
        try {
            long pid = postmasterPid(dataDir);
            // The comm check keeps a late wake-up from signalling an unrelated process that reused the pid.
            String script = "read -r _; [ \"$(cat /proc/" + pid + "/comm 2>/dev/null)\" = postgres ] && kill -INT " + pid;
            Process process = new ProcessBuilder(List.of("sh", "-c", script))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new PostmasterReaper(process);
        } catch (IOException | RuntimeException e) {
            LOG.warn("PostgreSQL in {} will outlive this JVM if it is killed: {}", dataDir, e.toString());
            return new PostmasterReaper(null);
        }
    }

    /** Called once PostgreSQL has been stopped normally. */
    void release() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // the shell is gone either way
        }
    }
}
