package dev.ipwire.nlp.keywords;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.Sentence;
import dev.ipwire.nlp.analysis.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Key terms weighted against a background corpus (TF-IDF over the words the analysis already
 * found), and an extractive summary of the sentences that carry them. Both are linear in the
 * article's length: no second segmentation, no sentence graph.
 */
@Component
public class KeywordExtractor {

    static final int KEYWORDS = 8;
    static final int SUMMARY_SENTENCES = 3;

    /** A word in the headline says more about the article than one in the body. */
    static final double TITLE_BOOST = 3.0;

    /** News front-loads: the lead sentences get a head start in the summary. */
    static final double LEAD_BONUS = 0.5;

    static final int LEAD_SENTENCES = 2;

    /** Sentences shorter than this are bylines, datelines and captions, not summary material. */
    static final int MIN_SUMMARY_SENTENCE = 16;

    /**
     * Words this common in general Chinese news (HanLP's core dictionary frequency, counted over
     * People's Daily) say little about one article: 今年, 企业, 工作.
     */
    static final double GENERAL_FREQUENCY_SCALE = 50.0;

    private static final String SENTENCE_END = "。！？!?…”」』";

    static final String BOILERPLATE_WORDS = "/ipwire/nlp/keywords/news-boilerplate.txt";
    private static final Set<String> BOILERPLATE =
            Set.copyOf(DomainLexicon.load(BOILERPLATE_WORDS).entries());

    private final BackgroundCorpus background;

    public KeywordExtractor(BackgroundCorpus background) {
        this.background = background;
    }

    /**
     * The keywords and summary of one article.
     *
     * @param keywords up to {@link #KEYWORDS} terms, most characteristic first
     * @param summary up to {@link #SUMMARY_SENTENCES} whole sentences of the body, in order
     */
    public record Digest(List<String> keywords, String summary) {}

    public Digest digest(AnalyzedArticle article) {
        Map<String, Double> weights = weights(article);
        List<String> keywords =
                weights.entrySet().stream()
                        .sorted(
                                Map.Entry.<String, Double>comparingByValue()
                                        .reversed()
                                        .thenComparing(Map.Entry.comparingByKey()))
                        .limit(KEYWORDS)
                        .map(Map.Entry::getKey)
                        .toList();
        return new Digest(keywords, summary(article, weights));
    }

    /** Whether a segmented word can be a keyword: a noun-like word of two or more characters. */
    public static boolean isCandidate(Token token) {
        String tag = token.tag();
        String text = token.text();
        boolean nounLike = (tag.startsWith("n") && !tag.equals("nx")) || tag.equals("vn");
        if (!nounLike || text.length() < 2 || hasDigitOrLatin(text) || BOILERPLATE.contains(text)) {
            return false;
        }
        // A name HanLP guessed from character roles (一步东湖, 余家) is often a fragment; the entity
        // recognizers report real names, keywords keep to dictionary words.
        boolean guessed =
                (tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt"))
                        && !CoreDictionary.contains(text)
                        && !CustomDictionary.contains(text);
        return !guessed;
    }

    private static boolean hasDigitOrLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9')
                    || (c >= '０' && c <= '９')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Double> weights(AnalyzedArticle article) {
        Map<String, Double> frequencies = new HashMap<>();
        for (Sentence sentence : article.sentences()) {
            double weight = sentence.isTitle() ? TITLE_BOOST : 1.0;
            for (Token token : sentence.tokens()) {
                if (isCandidate(token)) {
                    frequencies.merge(token.text(), weight, Double::sum);
                }
            }
        }
        Map<String, Double> weights = new HashMap<>();
        // Sub-linear term frequency: a word repeated ten times is not ten times as telling.
        frequencies.forEach(
                (word, frequency) ->
                        weights.put(
                                word,
                                (1 + Math.log(frequency))
                                        * background.idf(word)
                                        * specificity(word)));
        return weights;
    }

    /** 1 for a word general news rarely uses, falling towards 0 for the commonest words. */
    static double specificity(String word) {
        int frequency = CoreDictionary.getTermFrequency(word);
        return 1.0 / (1.0 + Math.log1p(frequency / GENERAL_FREQUENCY_SCALE));
    }

    private static String summary(AnalyzedArticle article, Map<String, Double> weights) {
        List<Sentence> body = article.body();
        List<Scored> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int position = 0;
        for (Sentence sentence : body) {
            String text = sentence.original().strip();
            if (text.length() < MIN_SUMMARY_SENTENCE
                    || text.startsWith("——")
                    || text.startsWith("--")
                    || SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0
                    || !seen.add(text)) {
                continue;
            }
            Set<String> words = new HashSet<>();
            double score = 0;
            for (Token token : sentence.tokens()) {
                if (isCandidate(token) && words.add(token.text())) {
                    score += weights.getOrDefault(token.text(), 0.0);
                }
            }
            // Normalized by length so a long list of names does not win on size alone.
            score /= Math.sqrt(text.length());
            if (position < LEAD_SENTENCES) {
                score += LEAD_BONUS * score + LEAD_BONUS;
            }
            candidates.add(new Scored(candidates.size(), text, score));
            position++;
        }
        if (candidates.isEmpty()) {
            // Nothing reads like a sentence: the body's opening is the best there is.
            return body.stream()
                    .limit(SUMMARY_SENTENCES)
                    .map(Sentence::original)
                    .reduce("", String::concat);
        }
        return candidates.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .limit(SUMMARY_SENTENCES)
                .sorted(Comparator.comparingInt(Scored::order))
                .map(Scored::text)
                .reduce("", String::concat);
    }

    private record Scored(int order, String text, double score) {}
}
