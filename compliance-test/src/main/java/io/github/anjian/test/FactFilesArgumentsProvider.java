package io.github.anjian.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/** The arguments of {@link FactFilesSource}: one named {@link Path} per fact set. */
public final class FactFilesArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<FactFilesSource> {

    private FactFilesSource source;

    /** Used by JUnit. */
    public FactFilesArgumentsProvider() {
    }

    @Override
    public void accept(FactFilesSource annotation) {
        this.source = annotation;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        List<Path> sets = factSets(Path.of(source.value()), source.kind());
        return sets.stream().map(p -> Arguments.of(Named.of(p.getFileName().toString(), p)));
    }

    /**
     * The fact sets of a folder, sorted by name.
     *
     * @throws IllegalArgumentException when the folder is missing or has no fact set
     */
    public static List<Path> factSets(Path folder, FactFilesSource.Kind kind) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("@FactFilesSource: no folder " + folder.toAbsolutePath());
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> sets = entries.filter(p -> Files.isDirectory(p) ? kind != FactFilesSource.Kind.FILES
                    : kind != FactFilesSource.Kind.FOLDERS && isFactFile(p)).sorted().toList();
            if (sets.isEmpty()) {
                throw new IllegalArgumentException("@FactFilesSource: no fact files or folders in " + folder.toAbsolutePath());
            }
            return sets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isFactFile(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
    }
}
