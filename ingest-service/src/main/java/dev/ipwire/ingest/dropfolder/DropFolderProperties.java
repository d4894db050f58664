package dev.ipwire.ingest.dropfolder;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the watched drop folder ({@code ipwire.ingest.drop-folder.*}).
 *
 * <p>Files put in the folder are read (text, Markdown, HTML, PDF, DOCX — whatever the document
 * reader supports), submitted as articles, and moved to {@code processed/}, or to {@code failed/}
 * beside a {@code <file name>.reason.txt} that says why. Only the folder itself is watched, not its
 * subfolders.
 *
 * @param path the folder to watch; unset (the default) disables the drop folder
 * @param pollInterval time between two looks at the folder; a file is taken once its size and
 *     modification time did not change between two looks, or once it was last modified longer ago
 *     than this interval
 * @param source the outlet name given to the articles, optional (else what each document says)
 */
@ConfigurationProperties("ipwire.ingest.drop-folder")
public record DropFolderProperties(
        Path path, @DefaultValue("10s") Duration pollInterval, String source) {

    public DropFolderProperties {
        if (path != null && path.toString().isBlank()) {
            path = null;
        }
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException(
                    "ipwire.ingest.drop-folder.poll-interval must be positive");
        }
        source = source == null || source.isBlank() ? null : source.strip();
    }

    /** True when a folder is configured. */
    public boolean enabled() {
        return path != null;
    }
}
