package dev.ipwire.nlp.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Splits an article into sentences and segments each one. */
@Component
public class ArticleAnalyzer {

    /** A sentence ends after 。！？; or ! ? followed by space, keeping closing quotes with it. */
    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?；;]*(?:[。！？!?；;]+[”’」』）)]*|$)");

    /** Sentences longer than this are cut, which bounds the cost of one HanLP call. */
    static final int MAX_SENTENCE_CHARS = 2000;

    private final Segmenter segmenter;

    public ArticleAnalyzer(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    public AnalyzedArticle analyze(String title, List<String> paragraphs) {
        List<Sentence> sentences = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            sentences.add(sentence(-1, title.strip()));
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            for (String text : split(paragraphs.get(p))) {
                sentences.add(sentence(p, text));
            }
        }
        return new AnalyzedArticle(sentences);
    }

    private Sentence sentence(int paragraph, String text) {
        ChineseText chinese = ChineseText.of(text);
        return new Sentence(paragraph, chinese, segmenter.segment(chinese.simplified()));
    }

    /** The sentences of a paragraph, none longer than {@link #MAX_SENTENCE_CHARS}. */
    static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        Matcher matcher = SENTENCE.matcher(paragraph);
        while (matcher.find()) {
            String sentence = matcher.group().strip();
            for (int start = 0; start < sentence.length(); start += MAX_SENTENCE_CHARS) {
                sentences.add(
                        sentence.substring(
                                start, Math.min(sentence.length(), start + MAX_SENTENCE_CHARS)));
            }
            if (matcher.end() == paragraph.length()) {
                break;
            }
        }
        sentences.removeIf(String::isBlank);
        return sentences;
    }
}
