package io.github.anjian.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file atomically: into a temporary file in the same folder, then moved over the target.
 * A writer that fails midway leaves the old file untouched and no temporary file behind.
 */
final class AtomicOutput {

    /** Writes to a stream; may throw. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw Exit.usage("cannot write " + target + ": the folder " + dir + " does not exist");
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
