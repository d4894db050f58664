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

    public SearchSegmenter() {
        synchronized (SearchSegmenter.class) {
            for (String term : domainTerms()) {
                CustomDictionary.insert(term, "nz 2048");
            }
            this.segment = HanLP.newSegment().enableOffset(true);
        }
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
