package dev.ipwire.search.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one segmentation configuration used for indexing and for queries: HanLP (Viterbi) with the IP
 * domain terms as whole words, on text folded to simplified characters. Using the same instance on
 * both sides is what makes query words meet index words.
 */
@Component
public class SearchSegmenter {

    static final String DOMAIN_TERMS = "/ipwire/lexicon/domain-terms.txt";

    private final Segment segment;
    private final Segment indexSegment;

    public SearchSegmenter() {
        synchronized (SearchSegmenter.class) {
            for (String term : domainTerms()) {
                CustomDictionary.insert(term, "nz 2048");
            }
            this.segment = HanLP.newSegment().enableOffset(true);
            this.indexSegment = HanLP.newSegment().enableIndexMode(true).enableOffset(true);
        }
    }

    /**
     * The largest dictionary words inside a query word, for matching it loosely: 知识产权保险 → 知识产权, 保险;
     * 集成电路布图设计 → 集成电路, 布, 图, 设计. Empty when the word has no smaller parts. HanLP's index mode lists
     * every dictionary word inside a word; the parts are those not inside another part.
     */
    public List<String> parts(String text) {
        String folded = ChineseFolding.simplified(text.strip());
        List<Term> terms = new ArrayList<>();
        for (Term term : indexSegment.seg(folded)) {
            boolean whole = term.offset == 0 && term.word.length() == folded.length();
            if (!whole && term.word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                terms.add(term);
            }
        }
        List<String> parts = new ArrayList<>();
        terms.sort(
                java.util.Comparator.comparingInt((Term t) -> t.offset)
                        .thenComparing(t -> -t.word.length()));
        int coveredTo = -1;
        for (Term term : terms) {
            int end = term.offset + term.word.length();
            if (end > coveredTo) {
                parts.add(term.word.toLowerCase(java.util.Locale.ROOT));
                coveredTo = end;
            }
        }
        return parts.size() > 1 ? parts : List.of();
    }

    /** The words of {@code text} (folded to simplified first), without punctuation or spaces. */
    public List<String> words(String text) {
        String folded = ChineseFolding.simplified(text);
        List<String> words = new ArrayList<>();
        for (Term term : segment.seg(folded)) {
            String word = term.word.strip();
            if (!word.isEmpty() && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words;
    }

    /** The words joined by spaces, as stored in a whitespace-analyzed field. */
    public String wordField(String text) {
        return String.join(" ", words(text));
    }

    private static List<String> domainTerms() {
        try (InputStream in = SearchSegmenter.class.getResourceAsStream(DOMAIN_TERMS)) {
            if (in == null) {
                throw new IllegalStateException(DOMAIN_TERMS + " is not on the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
