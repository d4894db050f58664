package dev.ipwire.bench.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What editors type, written for the bench ({@code queries.txt}: one query a line, # comments). */
public final class SearchQueries {

    private SearchQueries() {}

    public static List<String> load() {
        try (InputStream in =
                SearchQueries.class.getResourceAsStream("/dev/ipwire/bench/queries.txt")) {
            if (in == null) {
                throw new IllegalStateException(
                        "queries.txt is missing from the bench's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
