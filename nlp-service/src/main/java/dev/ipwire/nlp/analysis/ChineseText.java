package dev.ipwire.nlp.analysis;

import com.hankcs.hanlp.HanLP;

/**
 * A text and its simplified-Chinese view, aligned character by character: analysis runs on the
 * view, and an offset found there is the same offset in the original, so entities are reported as
 * written (繁體 stays 繁體).
 *
 * @param original the text as written
 * @param simplified the same text in simplified characters, same length
 */
public record ChineseText(String original, String simplified) {

    public ChineseText {
        if (original.length() != simplified.length()) {
            throw new IllegalArgumentException("views must be aligned");
        }
    }

    /**
     * The text with an aligned simplified view (phrase conversions that change length are undone).
     */
    public static ChineseText of(String original) {
        String converted = HanLP.convertToSimplifiedChinese(original);
        if (converted.length() == original.length()) {
            return new ChineseText(original, converted);
        }
        // A phrase-level conversion changed the length: fall back to converting each character.
        StringBuilder aligned = new StringBuilder(original.length());
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            String one =
                    Character.isSurrogate(c)
                            ? String.valueOf(c)
                            : HanLP.convertToSimplifiedChinese(String.valueOf(c));
            aligned.append(one.length() == 1 ? one.charAt(0) : c);
        }
        return new ChineseText(original, aligned.toString());
    }

    /** The original characters at the view's {@code [start, end)}. */
    public String originalAt(int start, int end) {
        return original.substring(start, end);
    }
}
