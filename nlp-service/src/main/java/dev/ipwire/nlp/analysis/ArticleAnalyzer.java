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
            sentences.addAll(paragraph(-1, List.of(title.strip())));
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            sentences.addAll(paragraph(p, split(paragraphs.get(p))));
        }
        return new AnalyzedArticle(sentences);
    }

    /**
     * The sentences of one paragraph, segmented in one HanLP call: each call has a fixed cost, and
     * sentence ends are punctuation tokens of their own, so tokens fall within their sentence.
     * Paragraphs are segmented apart: across a paragraph break HanLP's context would only mislead
     * (。\n中宁县 → 中/宁县).
     */
    private List<Sentence> paragraph(int paragraph, List<String> texts) {
        List<ChineseText> chinese = texts.stream().map(ChineseText::of).toList();
        StringBuilder joined = new StringBuilder();
        chinese.forEach(text -> joined.append(text.simplified()));
        List<Token> tokens = segmenter.segment(joined.toString());
        List<Sentence> sentences = new ArrayList<>(chinese.size());
        int next = 0;
        int offset = 0;
        for (ChineseText text : chinese) {
            int end = offset + text.simplified().length();
            List<Token> own = new ArrayList<>();
            for (; next < tokens.size() && tokens.get(next).start() < end; next++) {
                Token token = tokens.get(next);
                // A token running past the sentence's end (only where a long sentence was cut)
                // is cut there too.
                int to = Math.min(token.end(), end);
                String word =
                        to == token.end() ? token.text() : joined.substring(token.start(), to);
                own.add(new Token(word, token.tag(), token.start() - offset));
            }
            sentences.add(new Sentence(paragraph, text, List.copyOf(own)));
            offset = end;
        }
        return sentences;
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
