package dev.ipwire.ingest.registry;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What outlets put around every story: bylines, datelines, editor notes, copyright and sharing
 * lines, page headers of printed pages. Such text is the same across unrelated articles of one
 * outlet, so it is cut before two articles are compared.
 *
 * <p>These are the patterns known in advance; {@link SentenceFrequencies} catches the rest once a
 * sentence repeats across several stories.
 */
final class Boilerplate {

    private static final String OPEN = "[【\\[（(〔]";
    private static final String CLOSE = "[】\\]）)〕]";
    private static final String INSIDE = "[^】\\]）)〕【\\[（(〔]";

    /** Notes in brackets anywhere: {@code （记者 张三 通讯员 李四）}, {@code 【责任编辑：王五】}. */
    private static final List<Pattern> NOTES =
            List.of(
                    Pattern.compile(
                            OPEN
                                    + "\\s*(?:责任编辑|责编|编辑|校对|审核|审校|终审|监制|来源|稿源|作者"
                                    + "|本报记者|记者|通讯员|实习生|原标题|图片来源|图片|摄影)"
                                    + INSIDE
                                    + "{0,60}"
                                    + CLOSE),
                    Pattern.compile(
                            OPEN + "\\s*(?:文|图|摄)\\s*[/／:：|｜丨]" + INSIDE + "{0,40}" + CLOSE),
                    Pattern.compile("[（(]\\s*完\\s*[）)]"));

    /**
     * A dateline opening a sentence: {@code 新华社北京8月9日电}, {@code 中国江苏网6月14日讯}, {@code 湖北日报讯}, {@code
     * 本报讯}.
     */
    private static final Pattern DATELINE =
            Pattern.compile(
                    "^\\s*(?:[^，。,；;\\s]{0,16}?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*[电讯]"
                            + "|[^，。,；;\\s]{0,12}?(?:报|网|台|社|刊)讯)");

    /** A sentence that is only a label and its value: {@code 来源：新华网}, {@code 责任编辑：张三}. */
    private static final Pattern LABEL =
            Pattern.compile(
                    "^\\s*(?:责任编辑|责编|编辑|校对|审核|审校|终审|监制|来源|稿源|出处|作者|记者|本报记者"
                            + "|通讯员|实习生|摄影|摄|图片|原标题|原文标题|本文来源|文章来源|信息来源|发布时间"
                            + "|发布日期|发表时间|更新时间|时间|日期|浏览次数|阅读量|阅读数|点击数|点击量|字号"
                            + "|分享到|分享|打印|关闭窗口|收藏|纠错|标签|关键词|相关新闻|相关阅读|延伸阅读"
                            + "|推荐阅读|上一篇|下一篇|联系电话|电话|邮箱|主办|承办|协办|技术支持|版权所有"
                            + "|版权声明|免责声明|声明|copyright)\\s*[:：|｜]",
                    Pattern.CASE_INSENSITIVE);

    /** Phrases that mark a short sentence as page furniture wherever they occur in it. */
    private static final Pattern FURNITURE =
            Pattern.compile(
                    "责任编辑|责编|版权所有|版权归\\S{0,12}所有|(?:禁止|严禁|谢绝|不得)(?:转载|镜像)"
                            + "|转载请注明|未经书面(?:授权|许可)|分享到|扫一扫|关注\\S{0,10}(?:公众号|微信号|客户端)"
                            + "|(?:下载|打开)\\S{0,8}客户端|ICP(?:备|证)|©|copyright|原标题|免责声明|仅代表作者"
                            + "|不代表本(?:网|站|报|刊)|当前位置|您的位置|首页\\s*[>＞»›]",
                    Pattern.CASE_INSENSITIVE);

    /** Sentences at most this long are furniture when they contain {@link #FURNITURE}. */
    private static final int SHORT_SENTENCE = 60;

    /** The header line of a printed page: {@code 新华日报 2024年6月13日 星期四 第7版 乡村振兴}. */
    private static final Pattern PAGE_HEADER =
            Pattern.compile("星期[一二三四五六日天].{0,24}第\\s*\\d+\\s*版|第\\s*\\d+\\s*版.{0,24}星期[一二三四五六日天]");

    /** A byline on its own: {@code 本报记者 许晨曦 通讯员 吴海洋} (spaces may be gone). */
    private static final Pattern BYLINE =
            Pattern.compile(
                    "^(?:(?:本报|本台|本网|特约|见习|摄影)?(?:记者|通讯员|实习生)\\s*(?:[\\p{IsHan}·]{2,4}\\s*){1,3})+$");

    private static final int LONGEST_BYLINE = 30;

    private Boilerplate() {}

    /** The sentence without bracketed notes and without an opening dateline. */
    static String strip(String sentence) {
        String text = sentence;
        for (Pattern note : NOTES) {
            text = note.matcher(text).replaceAll("");
        }
        return DATELINE.matcher(text).replaceFirst("").strip();
    }

    /** Whether the whole sentence is furniture (after {@link #strip}). */
    static boolean isBoilerplate(String sentence) {
        String text = sentence.strip();
        if (text.isEmpty()) {
            return true;
        }
        if (LABEL.matcher(text).find() || PAGE_HEADER.matcher(text).find()) {
            return true;
        }
        if (text.length() <= SHORT_SENTENCE && FURNITURE.matcher(text).find()) {
            return true;
        }
        return text.length() <= LONGEST_BYLINE && BYLINE.matcher(text).matches();
    }
}
