package dev.ipwire.ingest.parsing;

import java.util.regex.Pattern;

/**
 * Lines that carry metadata rather than text: source and date lines, bylines, datelines, subtitles,
 * editor credits. They stand alone as paragraphs (they are part of the article as published) and
 * are where {@link HeaderMetadata} looks for the outlet, the date and the author.
 */
public final class MetadataLines {

    /** Lines longer than this are running text, whatever they contain (also bounds regex work). */
    static final int MAX_METADATA_LINE = 90;

    static final Pattern LABELLED =
            Pattern.compile("(来源|來源|发布时间|發布時間|发布日期|作者|责任编辑|責任編輯|编辑|編輯|出处|稿源)\\s*[:：]");
    static final Pattern CREDIT = Pattern.compile("^[（(【\\[]?\\s*(责任编辑|責任編輯|编辑|編輯|纠错|糾錯|校对|审核)");
    static final Pattern END_MARK = Pattern.compile("^[（(]\\s*完\\s*[)）]$");

    /** 本报记者 张三 通讯员 李四; 海南日报记者 符晓虹; 大公報記者 黃穎琳 报道. */
    static final Pattern BYLINE =
            Pattern.compile(
                    "^[*_]*(?:本报|本刊|本台|[\\p{IsHan}·]{2,12}?)?(?:特约|首席|实习)?(?:记者|記者|通讯员|通訊員|实习生|特约记者)"
                        + "[\\s:：]*[\\p{IsHan}·]{2,10}(?:[\\s、，,]+(?:(?:记者|記者|通讯员|通訊員|实习生)[\\s:：]*)?[\\p{IsHan}·]{2,10}){0,6}"
                        + "(?:\\s*(?:报道|報道|摄|攝|摄影|文/图|文/圖))?[*_]*$");

    /** A photo caption credit: …本报记者 顾雨婷 摄. */
    static final Pattern PHOTO_CREDIT =
            Pattern.compile("(?:记者|記者|通讯员|通訊員)\\s*[\\p{IsHan}·]{2,10}\\s*(?:摄|攝|摄影)$");

    static final Pattern SUBTITLE = Pattern.compile("^[—－\\-]{2}");

    /** Dates as printed in headers: 2023-03-16, 2023年3月16日, 2023/3/16, 2023.03.16. */
    static final Pattern DATE =
            Pattern.compile(
                    "(?<!\\d)(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})(?:\\s*日)?"
                        + "(?:\\s*(?:星期.|周.))?(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，。；！？]");

    private MetadataLines() {}

    /** True when {@code line} is a metadata line that stands alone. */
    public static boolean isStandaloneLine(String line) {
        if (line.length() > MAX_METADATA_LINE) {
            return false;
        }
        if (SUBTITLE.matcher(line).find()
                || END_MARK.matcher(line).matches()
                || CREDIT.matcher(line).find()) {
            return true;
        }
        if (BYLINE.matcher(line).matches() || PHOTO_CREDIT.matcher(line).find()) {
            return true;
        }
        boolean noSentence = !SENTENCE_PUNCTUATION.matcher(line).find();
        if (LABELLED.matcher(line).find() && (noSentence || line.length() <= 60)) {
            return true;
        }
        // A header line: a printed date and little else (outlet, weekday, page, section, byline).
        return noSentence && line.length() <= 60 && DATE.matcher(line).find();
    }
}
