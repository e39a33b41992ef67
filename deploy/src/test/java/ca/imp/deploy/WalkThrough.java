package ca.imp.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's walk-through as its reader sees it: one bash block whose every {@code curl} call is followed by a
 * comment {@code # -> STATUS ...} saying what it answers. The convention, written in the README above the block: the
 * comment starts with the status code; every text in backticks in it (and in its continuation lines, indented
 * {@code #    }) appears verbatim in the answer's headers or body, a {@code $NAME} in it standing for that shell
 * variable's value; the rest of the comment explains.
 *
 * @param script the block's text, as a reader pastes it
 * @param calls  its {@code curl} calls in the order they run, each with what it must answer
 * @param tokenCommands the arguments of every {@code deploy/token} command the block runs, e.g. {@code employer 987654321}
 */
record WalkThrough(String script, List<Call> calls, Set<String> tokenCommands) {
    private static final String SECTION = "## Walk-through";
    private static final Pattern CURL = Pattern.compile("(^|[\\s(|;&])curl\\s");
    private static final Pattern ANSWER = Pattern.compile("^#\\s*->\\s*(\\d{3})\\b(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^#\\s{2,}(.*)$");
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");
    private static final Pattern TOKEN_COMMAND = Pattern.compile("deploy/token((?:\\s+[a-z0-9]+)+)");

    /**
     * @param line      the block's line the call starts on, to name it in a failure
     * @param status    the status code its comment shows
     * @param fragments the texts its comment quotes in backticks
     * @param comment   the whole comment, to show beside a failure
     */
    record Call(String line, int status, List<String> fragments, String comment) {
    }

    static WalkThrough readFrom(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        int section = indexOf(lines, 0, line -> line.startsWith(SECTION), "a section '" + SECTION + "'");
        int open = indexOf(lines, section, line -> line.equals("```bash"), "a bash block in '" + SECTION + "'");
        int close = indexOf(lines, open + 1, line -> line.equals("```"), "the end of the walk-through's bash block");
        List<String> block = lines.subList(open + 1, close);

        List<String> callLines = new ArrayList<>();
        List<Call> calls = new ArrayList<>();
        Set<String> tokenCommands = new LinkedHashSet<>();
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i).strip();
            if (!line.startsWith("#")) {
                if (CURL.matcher(line).find()) {
                    callLines.add(line);
                }
                Matcher token = TOKEN_COMMAND.matcher(line);
                while (token.find()) {
                    tokenCommands.add(token.group(1).strip().replaceAll("\\s+", " "));
                }
                continue;
            }
            Matcher answer = ANSWER.matcher(line);
            if (!answer.matches()) {
                continue;
            }
            if (callLines.size() != calls.size() + 1) {
                throw new IllegalStateException("the walk-through's comment '" + line + "' follows no call of its own:"
                        + " every curl call is followed by exactly one '# -> STATUS' comment");
            }
            StringBuilder comment = new StringBuilder(answer.group(2));
            while (i + 1 < block.size() && CONTINUATION.matcher(block.get(i + 1).strip()).matches()) {
                comment.append('\n').append(block.get(++i).strip().substring(1).strip());
            }
            List<String> fragments = QUOTED.matcher(comment).results().map(quoted -> quoted.group(1)).toList();
            calls.add(new Call(callLines.get(calls.size()), Integer.parseInt(answer.group(1)), fragments,
                    "-> " + answer.group(1) + comment));
        }
        if (callLines.size() != calls.size()) {
            throw new IllegalStateException("the walk-through's call '" + callLines.get(calls.size()) + "' has no"
                    + " '# -> STATUS' comment: every curl call is followed by one, saying what it answers");
        }
        return new WalkThrough(String.join("\n", block) + "\n", List.copyOf(calls), Set.copyOf(tokenCommands));
    }

    private static int indexOf(List<String> lines, int from, Predicate<String> wanted, String what) {
        for (int i = from; i < lines.size(); i++) {
            if (wanted.test(lines.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("the README has no " + what);
    }
}
