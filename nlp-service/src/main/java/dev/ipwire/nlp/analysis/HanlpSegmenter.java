package dev.ipwire.nlp.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * HanLP's Viterbi segmenter with person, place and organization recognition, and the IP domain
 * terms as whole words. HanLP's dictionaries are process-wide and their configuration calls are not
 * thread-safe, so they are configured once here, before the instance is shared; analysis calls on
 * the configured instance are thread-safe.
 */
@Component
public class HanlpSegmenter implements Segmenter {

    /** Frequency given to domain terms: high enough to beat splits such as 地理/标志. */
    private static final String DOMAIN_TERM_ATTRIBUTE = "nz 2048";

    private final Segment segment;

    public HanlpSegmenter(DomainLexicon domainTerms) {
        synchronized (HanlpSegmenter.class) {
            for (String term : domainTerms.entries()) {
                CustomDictionary.insert(term, DOMAIN_TERM_ATTRIBUTE);
            }
            this.segment =
                    HanLP.newSegment()
                            .enableNameRecognize(true)
                            .enablePlaceRecognize(true)
                            .enableOrganizationRecognize(true)
                            .enableOffset(true);
        }
    }

    @Override
    public List<Token> segment(String simplifiedText) {
        List<Term> terms = segment.seg(simplifiedText);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            tokens.add(
                    new Token(
                            term.word,
                            term.nature == null ? "x" : term.nature.toString(),
                            term.offset));
        }
        return tokens;
    }
}
