package ca.imp.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Throwaway directories under java.io.tmpdir, named {@code <prefix><pid>-<random>} after the JVM that owns them.
 *
 * <p>A JVM that is killed never runs the code that deletes its directories (a fresh PostgreSQL cluster alone
 * is ~40 MB), so each new one first deletes those whose owning process is gone.
 */
final class ScratchDirs {

    private ScratchDirs() {
    }

    static Path create(String prefix) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        deleteAbandoned(tmp, prefix);
        try {
            return Files.createTempDirectory(tmp, prefix + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary directory is harmless, and the next JVM will retry
        }
    }

    private static void deleteAbandoned(Path tmp, String prefix) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, prefix + "*")) {
            for (Path dir : dirs) {
                String rest = dir.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                if (dash > 0 && isAbandoned(dir, rest.substring(0, dash))) {
                    delete(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort; never a reason not to start
        }
    }

    private static boolean isAbandoned(Path dir, String ownerPid) {
        try {
            if (ProcessHandle.of(Long.parseLong(ownerPid)).map(ProcessHandle::isAlive).orElse(false)) {
                return false;
            }
            // A postmaster that outlived its JVM (its reaper failed) still uses the directory.
            Path postmasterPid = dir.resolve("postmaster.pid");
            if (Files.exists(postmasterPid)) {
                long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
                return !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
