package dev.ipwire.search.query;

import dev.ipwire.search.text.ChineseFolding;
import java.util.ArrayList;
import java.util.List;

/**
 * A hit's title (when it has one) and paragraphs, each folded to simplified characters the first
 * time it is asked for. Choosing the needles and marking them both read the folds; folding a whole
 * article for every hit was a tenth of search-service's CPU per search (docs/BENCHMARKS.md), and
 * the needles are usually found in the title or the first paragraphs.
 */
final class FoldedTexts {

    private final List<String> texts;
    private final String[] folded;

    private FoldedTexts(List<String> texts) {
        this.texts = texts;
        this.folded = new String[texts.size()];
    }

    static FoldedTexts of(String title, List<String> paragraphs) {
        List<String> texts = new ArrayList<>(paragraphs.size() + 1);
        if (title != null) {
            texts.add(title);
        }
        texts.addAll(paragraphs);
        return new FoldedTexts(texts);
    }

    int size() {
        return texts.size();
    }

    String original(int index) {
        return texts.get(index);
    }

    String folded(int index) {
        String fold = folded[index];
        if (fold == null) {
            fold = ChineseFolding.simplified(texts.get(index));
            folded[index] = fold;
        }
        return fold;
    }

    /** How many texts have been folded so far. */
    int foldedSoFar() {
        int count = 0;
        for (String fold : folded) {
            if (fold != null) {
                count++;
            }
        }
        return count;
    }

    /** Whether one of the texts contains one of {@code foldedNeedles}, folding only up to it. */
    boolean anyContains(List<String> foldedNeedles) {
        for (int i = 0; i < texts.size(); i++) {
            String fold = folded(i);
            for (String needle : foldedNeedles) {
                if (fold.contains(needle)) {
                    return true;
                }
            }
        }
        return false;
    }
}
