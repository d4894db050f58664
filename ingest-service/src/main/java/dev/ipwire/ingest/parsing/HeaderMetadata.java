package dev.ipwire.ingest.parsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet, the publication date and the byline in the lines around an article's title:
 * {@code 来源：X} labels, page headers ({@code 陕西日报　2022年12月9日　星期五　第6版}), date lines ({@code
 * 2023-03-16 15:42:10　来源：新华社}), datelines ({@code 新华社南京4月21日电}, {@code 湖北日报讯}, {@code 【文匯報訊】}),
 * bylines ({@code 本报记者 薛凯文}, {@code 大公報記者 黃穎琳}) and closing source lines ({@code
 * （来源：光明日报，2024-08-19）}).
 *
 * @param source the outlet, or null
 * @param publishedAt ISO date or date-time, or null
 * @param author reporters' names joined by 、, or null
 */
public record HeaderMetadata(String source, String publishedAt, String author) {

    /** How many blocks after the title are searched for header lines. */
    static final int HEADER_BLOCKS = 6;

    private static final Pattern LABELLED_SOURCE =
            Pattern.compile(
                    "(?:来源|來源|稿源|出处)\\s*[:：]\\s*([^\\s|｜,，;；)）\\]】]{2,30}?)(?=\\s|$|作者|發布|发布|时间|時間|编辑|編輯|[|｜,，;；)）\\]】])");
    private static final Pattern LABELLED_DATE =
            Pattern.compile("(?:发布时间|發布時間|发布日期|时间|日期)\\s*[:：]");
    private static final Pattern LABELLED_AUTHOR =
            Pattern.compile("作者\\s*[:：]\\s*((?:(?:记者|通讯员|實習生|实习生)?\\s*[\\p{IsHan}·]{2,10}\\s*)+)");

    /** 新华社广州3月16日电, 中新网武汉8月9日电, 人民网北京1月15日电, 湖北日报讯, 【文匯報訊】, 天山网讯. */
    private static final Pattern DATELINE =
            Pattern.compile(
                    "^[【\\[]?([\\p{IsHan}A-Za-z0-9]{2,12}?(?:社|网|網|报|報|台|新闻|新聞|客户端))"
                            + "(?:(?:[\\p{IsHan}]{2,4}?)?(\\d{1,2})月(\\d{1,2})日(?:电|電|讯|訊)|讯|訊)");

    private static final Pattern BYLINE_OUTLET =
            Pattern.compile(
                    "^[*_]*([\\p{IsHan}A-Za-z0-9]{2,12}?(?:社|网|網|报|報|台|新闻|新聞))(?:特约|首席|实习)?(?:记者|記者)");

    /** （记者 周立新）, （记者林思远）, （记者 龙燕 通讯员 罗明杰）. */
    private static final Pattern PAREN_BYLINE =
            Pattern.compile("[（(]\\s*((?:记者|記者|通讯员|通訊員)[^）)]{2,40})[）)]");

    private static final Pattern ROLE_WORDS =
            Pattern.compile("本报|本報|本刊|特约|首席|实习生|記者|记者|通讯员|通訊員|实习|报道|報道|摄影|摄|攝|文/图|作者[:：]?");
    private static final Pattern NAME =
            Pattern.compile("^[\\p{IsHan}]{2,4}$|^[\\p{IsHan}]{2,8}·[\\p{IsHan}]{2,8}$");

    /** （来源：光明日报，2024-08-19）, （来源：《求是》2021 年第 3 期）. */
    static final Pattern CLOSING_SOURCE =
            Pattern.compile("^[（(]\\s*(?:来源|來源|稿源)\\s*[:：]\\s*(.{2,40}?)\\s*[)）]$");

    /**
     * Reads the metadata.
     *
     * @param header metadata lines: the page header and the standalone lines around the title
     * @param lead the article's first paragraph (for a dateline or a bracketed byline), or null
     * @param trailer the last blocks of the article (closing source lines)
     * @param today the date the document was received, to infer the year of a dateline
     */
    public static HeaderMetadata find(
            List<String> header, String lead, List<String> trailer, LocalDate today) {
        String source = null;
        String date = null;
        Set<String> authors = new LinkedHashSet<>();
        String datelineSource = null;
        String bylineSource = null;
        String headerSource = null;
        int[] datelineMonthDay = null;
        List<String> lines = new ArrayList<>(header.stream().map(TextNormalizer::line).toList());
        if (lead != null) {
            lines.add(TextNormalizer.line(lead.length() > 200 ? lead.substring(0, 200) : lead));
        }
        for (String raw : lines) {
            boolean isLead = lead != null && raw == lines.getLast();
            String line = raw.length() > 300 ? raw.substring(0, 300) : raw;
            if (source == null && !isLead) {
                Matcher labelled = LABELLED_SOURCE.matcher(line);
                if (labelled.find()) {
                    source = Outlets.labelled(labelled.group(1));
                }
            }
            if (date == null && !isLead) {
                date = firstDate(line).orElse(null);
            }
            Matcher dateline = DATELINE.matcher(line);
            if (dateline.find()) {
                if (datelineSource == null && Outlets.isOutlet(dateline.group(1))) {
                    datelineSource = dateline.group(1);
                }
                if (dateline.group(2) != null && datelineMonthDay == null) {
                    datelineMonthDay =
                            new int[] {
                                Integer.parseInt(dateline.group(2)),
                                Integer.parseInt(dateline.group(3))
                            };
                }
            }
            Matcher bylineOutlet = BYLINE_OUTLET.matcher(line);
            if (bylineSource == null
                    && bylineOutlet.find()
                    && Outlets.isOutlet(bylineOutlet.group(1))) {
                bylineSource = bylineOutlet.group(1);
            }
            if (headerSource == null
                    && !isLead
                    && line.length() <= MetadataLines.MAX_METADATA_LINE
                    && MetadataLines.isStandaloneLine(line)) {
                headerSource = outletToken(line);
            }
            authors.addAll(bylineNames(line));
        }
        if (source == null) {
            source =
                    datelineSource != null
                            ? datelineSource
                            : bylineSource != null ? bylineSource : headerSource;
        }
        if (date == null && datelineMonthDay != null) {
            date = inferYear(datelineMonthDay[0], datelineMonthDay[1], today);
        }
        for (String line : trailer) {
            Matcher closing = CLOSING_SOURCE.matcher(line.strip());
            if (closing.matches()) {
                String[] parts = closing.group(1).split("[，,]", 2);
                if (source == null) {
                    source = Outlets.labelled(parts[0].replaceAll("\\d{4}\\s*年.*$", ""));
                }
                if (date == null) {
                    date = firstDate(closing.group(1)).orElse(null);
                }
            }
        }
        String author = authors.isEmpty() ? null : String.join("、", authors);
        return new HeaderMetadata(source, date, author);
    }

    /** The first full date in a line, ISO, with +08:00 when a time of day is printed. */
    static Optional<String> firstDate(String line) {
        Matcher matcher = MetadataLines.DATE.matcher(line);
        while (matcher.find()) {
            Optional<String> date =
                    PublishedDates.date(matcher.group(1), matcher.group(2), matcher.group(3));
            if (date.isPresent()) {
                if (matcher.group(4) != null) {
                    String time =
                            "%02d:%s:%s"
                                    .formatted(
                                            Integer.parseInt(matcher.group(4)),
                                            matcher.group(5),
                                            matcher.group(6) == null ? "00" : matcher.group(6));
                    return PublishedDates.normalize(date.get() + "T" + time + "+08:00")
                            .or(() -> date);
                }
                return date;
            }
        }
        return Optional.empty();
    }

    /** The first whitespace-separated token of a header line that names an outlet. */
    private static String outletToken(String line) {
        for (String token : line.split("[\\s|｜]+")) {
            String outlet = Outlets.clean(token.replaceAll("^(来源|來源)[:：]", ""));
            if (outlet != null) {
                return outlet;
            }
        }
        return null;
    }

    /** The names in a byline line ("本报记者 顾雨婷 通讯员 陆振华" → 顾雨婷, 陆振华). */
    static List<String> bylineNames(String line) {
        List<String> names = new ArrayList<>();
        String byline = null;
        if (line.length() <= MetadataLines.MAX_METADATA_LINE
                && MetadataLines.BYLINE.matcher(line).matches()) {
            byline = line.replaceAll("^[*_]+|[*_]+$", "");
            Matcher outlet = BYLINE_OUTLET.matcher(byline);
            if (outlet.find()) {
                byline = byline.substring(outlet.group(1).length());
            }
        } else {
            Matcher author = LABELLED_AUTHOR.matcher(line);
            Matcher paren =
                    PAREN_BYLINE.matcher(line.length() > 200 ? line.substring(0, 200) : line);
            if (author.find()) {
                byline = author.group(1);
            } else if (paren.find()) {
                byline = paren.group(1);
            }
        }
        if (byline == null) {
            return names;
        }
        String cleaned = ROLE_WORDS.matcher(byline).replaceAll(" ");
        for (String part : cleaned.split("[\\s、，,:：]+")) {
            if (NAME.matcher(part).matches()) {
                names.add(part);
            }
        }
        return names;
    }

    /** The date of month/day in the year that puts it closest before {@code today}. */
    static String inferYear(int month, int day, LocalDate today) {
        for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
            Optional<String> date =
                    PublishedDates.date(
                            Integer.toString(year), Integer.toString(month), Integer.toString(day));
            if (date.isPresent() && !LocalDate.parse(date.get()).isAfter(today.plusDays(1))) {
                return date.get();
            }
        }
        return null;
    }
}
