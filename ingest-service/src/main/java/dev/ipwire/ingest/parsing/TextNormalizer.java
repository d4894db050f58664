package dev.ipwire.ingest.parsing;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Whitespace and spacing rules for Chinese text. */
public final class TextNormalizer {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");

    /** Space between two CJK characters (or a CJK character and CJK punctuation) is an artefact. */
    private static final Pattern SPACE_BETWEEN_CJK =
            Pattern.compile(
                    "(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])\\s+(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])");

    /** {@code 2024 年}, {@code 9 月 26 日}: digits spaced off the unit that follows. */
    private static final Pattern SPACED_DATE_UNIT =
            Pattern.compile("(\\d)\\s+(?=[年月日号])|(?<=[年月])\\s+(?=\\d)");

    private TextNormalizer() {}

    /** One paragraph: whitespace runs collapsed, spaces between CJK characters removed, trimmed. */
    public static String paragraph(String text) {
        String collapsed = SPACES.matcher(text).replaceAll(" ").strip();
        String joined = SPACE_BETWEEN_CJK.matcher(collapsed).replaceAll("");
        return SPACED_DATE_UNIT.matcher(joined).replaceAll("$1");
    }

    /** One line: whitespace runs (ideographic spaces too) collapsed to one space, trimmed. */
    public static String line(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** The form used for hashing and comparing: NFKC, no whitespace at all. */
    public static String comparable(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }
}
