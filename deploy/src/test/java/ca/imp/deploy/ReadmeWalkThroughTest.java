package ca.imp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ca.imp.embedded.TokenIssuer;

/**
 * The README's walk-through is true when a newcomer runs it: its bash block runs as written, with bash and the
 * system's curl, against the packaged product, and every call answers what the {@code # ->} comment under it shows
 * (the convention is {@link WalkThrough}'s). Only what the reader's machine provides differs: the demo tokens come
 * from the tests' identity provider as the local run's would from its own (same subjects, same roles), and
 * {@code deploy/token} is a stand-in that prints those; the calls to {@code localhost:8081..8083} reach the
 * services on their free ports through curl's {@code --connect-to}, so the URLs the services answer with are the
 * README's. A call whose answer differs is repeated for up to 30 seconds, as a reader would where the README says
 * the services need a moment to learn of each other's events, unless it already changed something.
 */
class ReadmeWalkThroughTest {
    private static final int PATIENCE_SECONDS = 30;
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Z_][A-Z0-9_]*)}?");
    @RegisterExtension
    static final PackagedProduct PRODUCT = new PackagedProduct("walkthrough");

    @Test
    void everyCallOfTheWalkThroughAnswersWhatTheReadmeShows() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        WalkThrough walkThrough = WalkThrough.readFrom(root.resolve("README.md"));
        Path reader = Files.createTempDirectory("imp-walkthrough-reader");
        Path answers = Files.createDirectories(reader.resolve(".answers"));
        tokenCommand(reader, walkThrough);
        Path script = reader.resolve("walk-through.sh");
        Files.writeString(script, prelude(walkThrough) + walkThrough.script());

        ProcessBuilder bash = new ProcessBuilder("bash", script.toString()).directory(reader.toFile())
                .redirectOutput(reader.resolve("stdout.txt").toFile()).redirectError(reader.resolve("stderr.txt").toFile());
        bash.environment().putAll(LocalSystem.demoTokens(TokenIssuer.forTests()));
        bash.environment().put("WALK_ANSWERS", answers.toString());
        Process run = bash.start();
        long longest = (long) walkThrough.calls().size() * PATIENCE_SECONDS + 60;
        if (!run.waitFor(longest, TimeUnit.SECONDS)) {
            run.destroyForcibly();
            fail("the walk-through did not end within " + longest + " seconds");
        }
        String output = Files.readString(reader.resolve("stdout.txt")) + Files.readString(reader.resolve("stderr.txt"));
        assertEquals(0, run.exitValue(), "the walk-through's block failed as a script:\n" + output);

        int made = Integer.parseInt(Files.readString(answers.resolve("count")).strip());
        assertEquals(walkThrough.calls().size(), made, "the walk-through made another number of calls than it shows");
        List<String> differences = new ArrayList<>();
        for (int n = 1; n <= made; n++) {
            differences.addAll(differences(walkThrough.calls().get(n - 1), answers, n));
        }
        assertTrue(differences.isEmpty(), "the README's walk-through shows what the product does not answer:\n\n"
                + String.join("\n\n", differences));
    }

    /** What differs between the call's answer and its comment in the README; the fragments come expanded by bash. */
    private static List<String> differences(WalkThrough.Call call, Path answers, int n) throws IOException {
        List<String> expected = Files.readAllLines(answers.resolve(n + ".expected"));
        String headers = Files.readString(answers.resolve(n + ".headers"));
        String body = Files.readString(answers.resolve(n + ".body"));
        String statusLine = headers.lines().findFirst().orElse("(no answer)");
        List<String> wrong = new ArrayList<>();
        if (!statusLine.matches("HTTP/\\S+ " + call.status() + "\\b.*")) {
            wrong.add("status " + call.status() + ", got " + statusLine);
        }
        for (String fragment : expected.subList(1, expected.size())) {
            if (!headers.contains(fragment) && !body.contains(fragment)) {
                wrong.add("`" + fragment + "` is not in the answer");
            }
        }
        if (wrong.isEmpty()) {
            return List.of();
        }
        return List.of("call " + n + ": " + call.line() + "\n  README: " + call.comment().replace("\n", "\n          ")
                + "\n  " + String.join("\n  ", wrong) + "\n  answer: " + headers.strip().replace("\r", "").replace("\n", "\n          ")
                + "\n          " + body.strip());
    }

    /** A {@code deploy/token} for the tests' identity provider, printing the token of each command the walk-through runs. */
    private static void tokenCommand(Path reader, WalkThrough walkThrough) throws IOException {
        TokenIssuer issuer = TokenIssuer.forTests();
        String cases = walkThrough.tokenCommands().stream().map(arguments -> {
            List<String> words = Arrays.asList(arguments.split(" "));
            return "  " + singleQuoted(arguments) + ") echo " + LocalToken.issue(issuer, words.get(0), words.subList(1, words.size())) + " ;;";
        }).collect(Collectors.joining("\n"));
        Path command = Files.createDirectories(reader.resolve("deploy")).resolve("token");
        Files.writeString(command, """
                #!/usr/bin/env bash
                case "$*" in
                %s
                  *) echo "deploy/token: the walk-through's test has no token for '$*'" >&2; exit 2 ;;
                esac
                """.formatted(cases));
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /**
     * Runs before the block: {@code curl} becomes a function that calls the real one on the services' ports, keeps
     * each call's answer, and repeats a call while its answer is not yet the README's; {@code expected_N} prints
     * the status and the fragments of call N's comment, with the block's variables as they are when it runs.
     */
    private static String prelude(WalkThrough walkThrough) {
        StringBuilder expectations = new StringBuilder();
        for (int n = 1; n <= walkThrough.calls().size(); n++) {
            WalkThrough.Call call = walkThrough.calls().get(n - 1);
            expectations.append("expected_").append(n).append("() { printf '%s\\n' ").append(call.status());
            call.fragments().forEach(fragment -> expectations.append(' ').append(shellWord(fragment)));
            expectations.append("; }\n");
        }
        String connections = LocalSystem.SERVICES.stream().map(service -> {
            URI url = URI.create(PRODUCT.url(service.name()));
            return "--connect-to localhost:" + service.defaultPort() + ":" + url.getHost() + ":" + url.getPort();
        }).collect(Collectors.joining(" "));
        return """
                set -euo pipefail
                echo 0 > "$WALK_ANSWERS/count"
                %s
                answered() {
                  local n=$1 status expected fragment
                  status=$(head -n 1 "$WALK_ANSWERS/$n.headers" | cut -d ' ' -f 2)
                  {
                    read -r expected
                    [[ $status == "$expected" ]] || return 1
                    while IFS= read -r fragment; do
                      grep -qF -- "$fragment" "$WALK_ANSWERS/$n.headers" "$WALK_ANSWERS/$n.body" || return 1
                    done
                  } < "$WALK_ANSWERS/$n.expected"
                }
                curl() {
                  local n args=("$@") i changes=0 give_up
                  n=$(( $(cat "$WALK_ANSWERS/count") + 1 ))
                  echo "$n" > "$WALK_ANSWERS/count"
                  for i in "${!args[@]}"; do
                    case ${args[$i]} in -X|--request|-d|--data|--data-*|--json) changes=1 ;; esac
                    if [[ ${args[$i]} == @- ]]; then
                      cat > "$WALK_ANSWERS/$n.request"
                      args[$i]=@$WALK_ANSWERS/$n.request
                    fi
                  done
                  give_up=$((SECONDS + %d))
                  while :; do
                    command curl "${args[@]}" %s -D "$WALK_ANSWERS/$n.headers" > "$WALK_ANSWERS/$n.body" || true
                    declare -F "expected_$n" > /dev/null || break
                    "expected_$n" > "$WALK_ANSWERS/$n.expected"
                    if answered "$n" || (( SECONDS >= give_up )); then break; fi
                    if (( changes )) && grep -q '^HTTP/[^ ]* 2' "$WALK_ANSWERS/$n.headers"; then break; fi
                    sleep 1
                  done
                  cat "$WALK_ANSWERS/$n.body"
                }
                """.formatted(expectations, PATIENCE_SECONDS, connections);
    }

    /** The fragment as one bash word: literal, except its {@code $NAME}s, which bash expands when the call runs. */
    private static String shellWord(String fragment) {
        StringBuilder word = new StringBuilder();
        Matcher variable = VARIABLE.matcher(fragment);
        int literalFrom = 0;
        while (variable.find()) {
            word.append(singleQuoted(fragment.substring(literalFrom, variable.start()))).append("\"${").append(variable.group(1)).append("}\"");
            literalFrom = variable.end();
        }
        return word.append(singleQuoted(fragment.substring(literalFrom))).toString();
    }

    private static String singleQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
