package dev.ipwire.ingest.parsing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared corpus (../shared/corpus beside the repository) when it is present. The
 * project holds no copy of it: tests that use it are skipped without it.
 */
final class CorpusFiles {

    private CorpusFiles() {}

    static Optional<Path> corpus() {
        String configured = System.getProperty("ipwire.corpus", System.getenv("IPWIRE_CORPUS"));
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(candidate.resolve("dev"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
