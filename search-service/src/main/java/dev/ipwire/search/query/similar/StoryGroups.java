package dev.ipwire.search.query.similar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups scored articles by story: an original and its near-duplicates (articles whose {@code
 * nearDuplicateOf} names it) are one story, listed once by its best-scoring article.
 */
final class StoryGroups {

    /**
     * A scored article.
     *
     * @param id article id
     * @param nearDuplicateOf the original it copies, or null for an original
     * @param score its score
     * @param fields what the answer shows of it
     */
    record Candidate(String id, String nearDuplicateOf, double score, Map<String, Object> fields) {

        /** The story it belongs to: the original's id. */
        String story() {
            return storyOf(id, nearDuplicateOf);
        }
    }

    private StoryGroups() {}

    /** The story of an article: the id of the original it copies, or its own id. */
    static String storyOf(String id, String nearDuplicateOf) {
        return nearDuplicateOf == null || nearDuplicateOf.isBlank() ? id : nearDuplicateOf;
    }

    /**
     * The best candidate of each story, best first, at most {@code size}; {@code candidates} come
     * best first.
     */
    static List<Candidate> bestPerStory(List<Candidate> candidates, int size) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            if (best.size() >= size) {
                break;
            }
            best.putIfAbsent(candidate.story(), candidate);
        }
        return new ArrayList<>(best.values());
    }

    /**
     * How many other articles share the story of {@code shown}.
     *
     * @param copies per story, the number of indexed articles whose nearDuplicateOf is that story
     * @param originals stories whose original article is indexed
     */
    static long othersInStory(Candidate shown, Map<String, Long> copies, Set<String> originals) {
        String story = shown.story();
        long members = copies.getOrDefault(story, 0L) + (originals.contains(story) ? 1 : 0);
        return Math.max(0, members - 1);
    }
}
