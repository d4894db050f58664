package dev.ipwire.search.query;

import java.util.List;

/**
 * What an editor typed, taken apart.
 *
 * @param terms words and quoted phrases that should match (as typed)
 * @param phrases the subset of {@code terms} that were quoted: they must match as written
 * @param exclusions words and phrases after a minus sign: matching articles are left out
 */
public record ParsedQuery(List<String> terms, List<String> phrases, List<String> exclusions) {

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
