package io.github.anjian.load.internal;

import io.github.anjian.load.LoadOptions;
import io.github.anjian.load.LoadResult;

import java.nio.file.Path;
import java.util.List;

/** One load of a file set: parse, check, merge. Not thread-safe; one per load. */
public final class LoadRun {

    private final LoadOptions options;

    /** A run with the given options. */
    public LoadRun(LoadOptions options) {
        this.options = options;
    }

    /** Loads files and folders. */
    public LoadResult load(List<Path> paths) {
        throw new IllegalStateException("loader not built yet");
    }

    /** Loads one text document. */
    public LoadResult loadText(String name, String content) {
        throw new IllegalStateException("loader not built yet");
    }
}
