package io.github.anjian.load.internal;

import io.github.anjian.facts.SourceLocation;
import io.github.anjian.load.LoadOptions;
import io.github.anjian.load.LoadResult;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** One load of a file set: read, parse, bind each file, then merge and check the whole. One per load. */
public final class LoadRun {

    private final LoadOptions options;
    private final LoadContext ctx;
    private final DocumentBinder documents;
    private final List<FilePart> parts = new ArrayList<>();

    private final boolean streaming;
    private final boolean scanning;

    /** A run with the given options. */
    public LoadRun(LoadOptions options) {
        this(options, true, true);
    }

    /** A run; without {@code streaming} every YAML file is composed whole (the reference path, for tests). */
    LoadRun(LoadOptions options, boolean streaming) {
        this(options, streaming, streaming);
    }

    /**
     * A run; without {@code streaming} every YAML file is composed whole, without {@code scanning} the
     * streaming path takes its events from SnakeYAML's parser only (both switches are for tests).
     */
    LoadRun(LoadOptions options, boolean streaming, boolean scanning) {
        this.options = options;
        this.streaming = streaming;
        this.scanning = streaming && scanning;
        this.ctx = new LoadContext(options);
        this.documents = new DocumentBinder(ctx);
    }

    /** Loads files and folders; a folder stands for its fact files in name order. */
    public LoadResult load(List<Path> paths) {
        SourceReader reader = new SourceReader(options);
        for (Path p : paths) {
            for (Named f : expand(p)) {
                try {
                    loadFile(reader, f);
                } catch (FileProblem e) {
                    ctx.diagnostics.add(e.diagnostic());
                }
            }
        }
        return new FileSetMerger(ctx).finish(parts);
    }

    /** Loads one text document; {@code name} is used in locations and its extension picks JSON or YAML. */
    public LoadResult loadText(String name, String content) {
        try {
            if (content.length() > options.maxFileBytes()) {
                throw new SourceReader(options).tooLarge(name, content.length());
            }
            String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
            if (isJson(name) || !streaming || !streamed(name, text)) {
                parse(name, text);
            }
        } catch (FileProblem e) {
            ctx.diagnostics.add(e.diagnostic());
        }
        return new FileSetMerger(ctx).finish(parts);
    }

    /**
     * Files up to this size are read whole (one read, decoded at once) and parsed from the text, which
     * the composing reader then reuses if the fast path falls back; larger ones are parsed from a reader
     * over the file, so a very large body never sits in memory as text.
     */
    static final long READ_WHOLE_BYTES = 8L * 1024 * 1024;

    /** A YAML file is streamed when the fast path can take it, else (and a JSON file always) read whole. */
    private void loadFile(SourceReader reader, Named f) throws FileProblem {
        if (streaming && !isJson(f.name())) {
            String text = reader.readUpTo(f.path(), f.name(), READ_WHOLE_BYTES);
            if (text != null) {
                if (!streamed(f.name(), text)) {
                    parse(f.name(), text);
                }
                return;
            }
            try (Reader r = reader.open(f.path(), f.name())) {
                if (streamed(f.name(), r)) {
                    return;
                }
            } catch (IOException e) {
                // not readable as streamed: the whole-file reader reports it
            }
        }
        parse(f.name(), reader.read(f.path(), f.name()));
    }

    /**
     * Binds a YAML text on the streaming fast path: with the events of the hand-written scanner when it
     * takes the text, else with SnakeYAML's parser; false (and nothing collected) when both fall back.
     */
    private boolean streamed(String name, String text) {
        if (scanning) {
            YamlEvents events;
            try {
                events = YamlEvents.scanned(text, name, options);
            } catch (YamlEvents.Fallback e) {
                return streamed(name, new StringReader(text));
            }
            LoadContext.Checkpoint checkpoint = ctx.checkpoint();
            try {
                parts.add(documents.bindStreamed(events));
                return true;
            } catch (YamlEvents.Fallback e) {
                // the parser's events would be the same: what the binder refused, the composing reader reports
                ctx.rollback(checkpoint);
                return false;
            }
        }
        return streamed(name, new StringReader(text));
    }

    /** Binds a YAML document from SnakeYAML's parser; false (and nothing collected) when it falls back. */
    private boolean streamed(String name, Reader text) {
        LoadContext.Checkpoint checkpoint = ctx.checkpoint();
        try {
            parts.add(documents.bindStreamed(YamlEvents.parsed(text, name, options)));
            return true;
        } catch (YamlEvents.Fallback e) {
            ctx.rollback(checkpoint);
            return false;
        }
    }

    private void parse(String name, String text) throws FileProblem {
        Node root = isJson(name) ? new JsonReader(options).read(name, text) : new YamlReader(options).read(name, text);
        parts.add(documents.bind(root, name));
    }

    private static boolean isJson(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private record Named(Path path, String name) {
    }

    private List<Named> expand(Path p) {
        String given = p.toString();
        if (!Files.isDirectory(p)) {
            return List.of(new Named(p, given));
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
            for (Path f : s) {
                if (isFactFile(f.getFileName().toString()) && Files.isRegularFile(f)) {
                    files.add(f);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            ctx.error("not-a-file", "cannot list folder " + given + ": " + e.getMessage(), SourceLocation.none(given),
                    "check permissions");
            return List.of();
        }
        Collections.sort(files);
        List<Named> out = new ArrayList<>(files.size());
        for (Path f : files) {
            out.add(new Named(f, given + (given.endsWith("/") ? "" : "/") + f.getFileName()));
        }
        if (out.isEmpty()) {
            ctx.error("no-fact-files", "the folder " + given + " holds no .yaml, .yml or .json file",
                    SourceLocation.none(given), "name a folder of fact files");
        }
        return out;
    }

    private static boolean isFactFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
    }
}
