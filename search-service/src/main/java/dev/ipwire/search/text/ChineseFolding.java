package dev.ipwire.search.text;

import com.hankcs.hanlp.HanLP;

/**
 * Folds Traditional Chinese onto Simplified, character for character, so that 繁體 and 简体 meet in the
 * index and offsets in the folded text are offsets in the original (for highlighting).
 */
public final class ChineseFolding {

    private ChineseFolding() {}

    /** {@code text} in simplified characters, with exactly the same length. */
    public static String simplified(String text) {
        String converted = HanLP.convertToSimplifiedChinese(text);
        if (converted.length() == text.length()) {
            return converted;
        }
        StringBuilder aligned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String one =
                    Character.isSurrogate(c)
                            ? String.valueOf(c)
                            : HanLP.convertToSimplifiedChinese(String.valueOf(c));
            aligned.append(one.length() == 1 ? one.charAt(0) : c);
        }
        return aligned.toString();
    }
}
