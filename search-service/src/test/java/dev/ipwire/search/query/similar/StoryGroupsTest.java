package dev.ipwire.search.query.similar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.search.query.similar.StoryGroups.Candidate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryGroupsTest {

    private static Candidate original(String id, double score) {
        return new Candidate(id, null, score, Map.of());
    }

    private static Candidate copy(String id, String of, double score) {
        return new Candidate(id, of, score, Map.of());
    }

    @Test
    void anOriginalIsItsOwnStoryAndACopyBelongsToItsOriginal() {
        assertThat(original("a", 1).story()).isEqualTo("a");
        assertThat(copy("a2", "a", 1).story()).isEqualTo("a");
        assertThat(copy("b", " ", 1).story()).isEqualTo("b");
    }

    @Test
    void eachStoryIsListedOnceByItsBestArticleInScoreOrder() {
        List<Candidate> candidates =
                List.of(
                        copy("a2", "a", 9),
                        original("a", 8),
                        original("b", 7),
                        copy("a3", "a", 6),
                        copy("c2", "c", 5),
                        original("c", 4));

        assertThat(StoryGroups.bestPerStory(candidates, 10))
                .extracting(Candidate::id)
                .containsExactly("a2", "b", "c2");
    }

    @Test
    void theListStopsAtSizeStories() {
        List<Candidate> candidates =
                List.of(original("a", 3), copy("a2", "a", 2), original("b", 1), original("c", 0));

        assertThat(StoryGroups.bestPerStory(candidates, 2))
                .extracting(Candidate::id)
                .containsExactly("a", "b");
    }

    @Test
    void theOtherArticlesOfAStoryAreItsOriginalAndCopiesLessTheOneShown() {
        Map<String, Long> copies = Map.of("a", 2L, "c", 1L);
        Set<String> originals = Set.of("a", "b");

        // a: original + 2 copies, a copy shown
        assertThat(StoryGroups.othersInStory(copy("a2", "a", 1), copies, originals)).isEqualTo(2);
        // a: the original shown
        assertThat(StoryGroups.othersInStory(original("a", 1), copies, originals)).isEqualTo(2);
        // b: alone
        assertThat(StoryGroups.othersInStory(original("b", 1), copies, originals)).isZero();
        // c: its original is not indexed, one copy shown
        assertThat(StoryGroups.othersInStory(copy("c2", "c", 1), copies, originals)).isZero();
    }
}
