package io.github.anjian.cli;

import io.github.anjian.report.diff.Snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads earlier JSON reports for {@code --baseline} and {@code diff}; a bad file is invalid input (exit 3). */
final class Baselines {

    private Baselines() {
    }

    static Snapshot read(Path file) {
        if (Files.isDirectory(file)) {
            throw Exit.input(file + ": is a folder, not a JSON report");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Snapshot.read(in);
        } catch (NoSuchFileException e) {
            throw Exit.input(file + ": no such file");
        } catch (IllegalArgumentException e) {
            throw Exit.input(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw Exit.input(file + ": cannot be read: " + e.getMessage());
        }
    }
}
