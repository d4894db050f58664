package dev.ipwire.ingest.parsing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a printed page adds that is not the article: page numbers, the newspaper's page header
 * (name, date, weekday, page, section) and its repetitions on later pages, lines repeated on every
 * page. Removed before paragraphs are rebuilt; the first page header is kept aside because it names
 * the outlet and the date.
 *
 * @param lines the remaining lines
 * @param pageHeader the first page header, or null
 * @param runningTitle the text of a running page title printed twice on one line (left and right
 *     page), which names the article when the extract starts without its headline; or null
 */
public record PageFurniture(List<String> lines, String pageHeader, String runningTitle) {

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^[-－—\\s]*(?:第\\s*)?[A-Za-z]?\\d{1,3}\\s*(?:版|页|頁)?[-－—\\s]*$");

    /** A page header: a date plus a weekday, a page marker (第6版, A05, 04) or both. */
    private static final Pattern PAGE_MARKER =
            Pattern.compile("星期.|週.|第\\s*\\d+\\s*版|(?:^|\\s)[A-Z]?\\d{2}(?:\\s|$)|版面");

    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，。；！？]");

    /** Lines repeated this often (and short, and not sentences) are running headers or footers. */
    static final int REPEATS = 3;

    /** Removes page furniture from {@code lines} (trimmed, whitespace-normalized). */
    public static PageFurniture strip(List<String> lines) {
        String header = null;
        Set<String> headerTokens = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            if (isShortNonSentence(line)) {
                counts.merge(line, 1, Integer::sum);
            }
        }
        List<String> kept = new ArrayList<>();
        String runningTitle = null;
        int seen = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            String doubled = doubled(line);
            if (doubled != null) {
                runningTitle = runningTitle == null ? doubled : runningTitle;
                continue;
            }
            if (isPageHeader(line) && (seen <= 3 || header != null)) {
                if (header == null) {
                    header = line;
                    headerTokens.addAll(tokens(line));
                }
                continue;
            }
            if (header != null && isRunningHeader(line, headerTokens)) {
                continue;
            }
            if (counts.getOrDefault(line, 0) >= REPEATS) {
                continue;
            }
            kept.add(line);
        }
        return new PageFurniture(kept, header, runningTitle);
    }

    /** X when the line is X printed twice (a running title across facing pages), else null. */
    static String doubled(String line) {
        String text = line.strip();
        if (text.length() < 8 || text.length() % 2 != 0 || text.length() > 120) {
            return null;
        }
        String half = text.substring(0, text.length() / 2);
        return text.endsWith(half) && !SENTENCE_PUNCTUATION.matcher(half).find()
                ? half.strip()
                : null;
    }

    /** A line with a printed date and a page marker or weekday, and no sentence in it. */
    static boolean isPageHeader(String line) {
        return line.length() <= 60
                && !SENTENCE_PUNCTUATION.matcher(line).find()
                && MetadataLines.DATE.matcher(line).find()
                && PAGE_MARKER.matcher(line).find()
                && !MetadataLines.LABELLED.matcher(line).find();
    }

    /** The header's parts (outlet, section…) repeated on a later page, e.g. "经济·金融 陕西日报". */
    private static boolean isRunningHeader(String line, Set<String> headerTokens) {
        if (!isShortNonSentence(line)) {
            return false;
        }
        for (String token : tokens(line)) {
            boolean furniture =
                    headerTokens.contains(token)
                            || PAGE_NUMBER.matcher(token).matches()
                            || MetadataLines.DATE.matcher(token).matches()
                            || PAGE_MARKER.matcher(token).find();
            if (!furniture) {
                return false;
            }
        }
        return true;
    }

    private static boolean isShortNonSentence(String line) {
        return line.length() <= 30 && !SENTENCE_PUNCTUATION.matcher(line).find();
    }

    private static List<String> tokens(String line) {
        return List.of(line.strip().split("\\s+"));
    }
}
