package dev.ipwire.search.text;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import java.util.Collection;
import java.util.List;

/**
 * Function words (的, 了, 在 …) by HanLP's stop-word dictionary. Similar-article queries leave them
 * out: every Chinese article has them, so they say nothing about what an article is about.
 */
public final class StopWords {

    private StopWords() {}

    /** The distinct words of {@code words} that are stop words, in first-seen order. */
    public static List<String> among(Collection<String> words) {
        return words.stream().filter(StopWords::isStopWord).distinct().toList();
    }

    public static boolean isStopWord(String word) {
        return CoreStopWordDictionary.contains(word);
    }
}
