package dev.ipwire.nlp.keywords;

import com.hankcs.hanlp.HanLP;
import dev.ipwire.nlp.analysis.AnalyzedArticle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Key terms (TextRank over the simplified text) and a short extractive summary. */
@Component
public class KeywordExtractor {

    static final int KEYWORDS = 8;
    static final int SUMMARY_SENTENCES = 3;

    /** TextRank is quadratic in sentences: the summary looks at the first ones only. */
    static final int SUMMARY_WINDOW = 40;

    public List<String> keywords(AnalyzedArticle article) {
        return HanLP.extractKeyword(article.simplifiedText(), KEYWORDS + 4).stream()
                .filter(word -> word.length() >= 2)
                .limit(KEYWORDS)
                .toList();
    }

    public String summary(AnalyzedArticle article) {
        List<String> sentences =
                article.body().stream().limit(SUMMARY_WINDOW).map(s -> s.original()).toList();
        if (sentences.size() <= SUMMARY_SENTENCES) {
            return String.join("", sentences);
        }
        Set<String> picked =
                new LinkedHashSet<>(
                        HanLP.extractSummary(
                                String.join("\n", sentences), SUMMARY_SENTENCES, "[\n]"));
        // HanLP ranks sentences in a map keyed by score, so sentences with equal scores collapse
        // and it can return fewer than asked: fill up with the leading sentences.
        for (int i = 0; i < sentences.size() && picked.size() < SUMMARY_SENTENCES; i++) {
            picked.add(sentences.get(i));
        }
        // Keep the article's order, not the ranking's, and a repeated sentence once.
        return sentences.stream().distinct().filter(picked::contains).reduce("", String::concat);
    }
}
