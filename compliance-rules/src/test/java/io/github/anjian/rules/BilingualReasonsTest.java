package io.github.anjian.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reasons written by the rules show in Chinese reports too, so no rule writes English text that a Chinese
 * report would show verbatim: no {@code Reason.of("text", …)}, no {@code missing-item} / {@code no-record}
 * whose noun is an English phrase (use {@code Reason.text(en, zh)}), and every {@code Reason.text} has
 * Chinese in its second argument. All offenders are listed at once (STYLE 4).
 */
class BilingualReasonsTest {

    static final Path RULES = Path.of("src/main/resources/io/github/anjian/rules");
    static final Path SUPPORT = Path.of("src/main/java/io/github/anjian/rules/support");
    static final Path JUDGE = Path.of("..", "compliance-core/src/main/java/io/github/anjian/engine/Judge.java");

    private static final Pattern CALL = Pattern.compile("Reason\\s*\\.\\s*(of|text)\\s*\\(");
    /** A string literal of English words: letters and spaces only, e.g. {@code "security officer"}. */
    private static final Pattern ENGLISH = Pattern.compile("\"\\s*[A-Za-z]{2,}(?:\\s+[A-Za-z]+)*\\s*\"");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @Test
    void rules_write_no_english_only_reasons() {
        List<Path> sources = new ArrayList<>();
        sources.addAll(files(RULES, ".drl"));
        sources.addAll(files(SUPPORT, ".java"));
        sources.add(JUDGE);
        assertThat(sources).as("sources to lint").hasSizeGreaterThan(10);
        List<String> offenders = new ArrayList<>();
        for (Path p : sources) {
            offenders.addAll(offenders(p.toString(), read(p)));
        }
        assertThat(offenders).as("English-only reasons: %d offenders; write Reason.text(en, zh)", offenders.size())
                .isEmpty();
    }

    @Test
    void the_lint_finds_what_it_should() {
        String src = """
                Reason.of("text", "the head is not a member")
                Reason.of("missing-item", "plans", "emergency plan")
                Reason.of("missing-item", Judge.pathOf($o, "leadingGroup.members"), "member")
                Reason.of("no-record", "drills", "drill of plan " + $p.id())
                Reason.text("x has no member", "x has no member")
                Reason.of("missing-item", sp, "emergency-support")
                Reason.of("no-record", listPath, wire(kind))
                Reason.of("not-set", "plans")
                Reason.text(path + " has no member", path + " 中没有成员")
                """;
        assertThat(offenders("t.drl", src)).containsExactly(
                "t.drl:1: Reason.of(\"text\", \"the head is not a member\")",
                "t.drl:2: Reason.of(\"missing-item\", \"plans\", \"emergency plan\")",
                "t.drl:3: Reason.of(\"missing-item\", Judge.pathOf($o, \"leadingGroup.members\"), \"member\")",
                "t.drl:4: Reason.of(\"no-record\", \"drills\", \"drill of plan \" + $p.id())",
                "t.drl:5: Reason.text(\"x has no member\", \"x has no member\")");
    }

    /** The offending calls in one source, as {@code file:line: call}. */
    static List<String> offenders(String name, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CALL.matcher(text);
        while (m.find()) {
            int open = m.end() - 1;
            int close = closing(text, open);
            if (close < 0) {
                out.add(name + ":" + line(text, m.start()) + ": unbalanced Reason call");
                continue;
            }
            List<String> args = split(text.substring(open + 1, close));
            if (bad(m.group(1), args)) {
                String call = text.substring(m.start(), close + 1).replaceAll("\\s*\\n\\s*(\\*\\s*)?", " ");
                out.add(name + ":" + line(text, m.start()) + ": " + call);
            }
        }
        return out;
    }

    private static boolean bad(String method, List<String> args) {
        if (method.equals("text")) {
            return args.size() != 2 || !CJK.matcher(args.get(1)).find();
        }
        if (args.isEmpty()) {
            return false;
        }
        String code = args.get(0).strip();
        if (code.equals("\"text\"")) {
            return true;
        }
        if (code.equals("\"missing-item\"") || code.equals("\"no-record\"")) {
            // the first argument after the code is a path; the ones after it are shown verbatim
            for (int i = 2; i < args.size(); i++) {
                if (ENGLISH.matcher(args.get(i)).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping string literals; -1 if none. */
    private static int closing(String s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The top-level arguments of a call, split at commas outside brackets and string literals. */
    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (!s.isBlank()) {
            out.add(s.substring(start));
        }
        return out;
    }

    private static int line(String s, int index) {
        int n = 1;
        for (int i = 0; i < index; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
