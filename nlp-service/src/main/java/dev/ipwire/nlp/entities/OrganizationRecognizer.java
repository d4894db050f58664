package dev.ipwire.nlp.entities;

import dev.ipwire.nlp.analysis.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds organization names in a segmented sentence.
 *
 * <p>An organization ends with a word from the suffix lexicon (局, 法院, 有限公司, 银行, 协会…, {@code
 * lexicon/org-suffixes.txt}) or is a word HanLP tags as one. From there the name extends to the
 * left over the words a name can contain and is then cut back to start with something distinctive:
 * a place, a proper name, 国家/中国…. That keeps 将国家知识产权局 and 从招商银行 out, and rejects generic phrases
 * such as 合作银行 or 市知识产权局. A branch named after a place (招商银行 武汉分行) and a place in brackets
 * (中国（济南）知识产权保护中心) belong to the name. News outlets in datelines, bylines and source lines (湖北日报讯,
 * 来源：济南日报, 澎湃新闻记者) count too.
 */
@Component
public class OrganizationRecognizer {

    static final String SUFFIXES = "/ipwire/nlp/lexicon/org-suffixes.txt";
    static final String ALIASES = "/ipwire/nlp/lexicon/org-aliases.tsv";

    /** Longest organization name, in characters. */
    static final int MAX_LENGTH = 40;

    /** Words that start a name although they are common nouns. */
    private static final Set<String> NAME_STARTERS =
            Set.of("国家", "中国", "中华", "全国", "最高", "世界", "国际", "中央", "中共", "亚洲", "北京", "上海");

    /** Words that alone make no name: 合作银行, 科技有限公司, 知识产权局 are not organizations. */
    private static final Set<String> GENERIC =
            Set.of(
                    "科技", "技术", "信息", "文化", "传媒", "投资", "发展", "管理", "服务", "咨询", "实业", "贸易", "商贸",
                    "电子", "生物", "医药", "食品", "农业", "财产", "保险", "股份", "商业", "合作", "金融", "数据", "网络",
                    "智能", "建设", "工程", "环境", "教育", "产业", "市场", "监督", "知识产权", "专利", "商标", "版权", "行业",
                    "国有", "民营", "地方", "相关", "有关", "当地", "合作社", "企业", "公司", "集团", "机构", "省", "市",
                    "县", "区", "镇", "乡", "村", "各级", "基层", "上级", "下级", "该", "本", "其", "这", "那", "运营",
                    "保护", "执法", "司法", "行政", "综合", "人民", "中级", "高级", "农村", "城市", "法律", "律师", "评估",
                    "资产", "担保", "融资", "证券", "交易", "研究", "设计", "检测", "认证", "质量", "标准", "计量", "安全",
                    "应急", "公共", "社会", "经济", "区域", "海外", "纠纷", "调解", "仲裁", "维权", "援助", "促进", "推广",
                    "指导", "协调", "办公", "工作", "领导", "小组", "部门");

    /** Tags of words that never occur inside a name. */
    private static final Pattern STOP_TAG =
            Pattern.compile("^(w|p|c|u.*|r.*|d|q.*|t.*|y|e|o|f|mq|nnt|ule|uj|ude.*)$");

    /** Verbs that end a name when met on the way left. */
    private static final Set<String> STOP_WORDS =
            Set.of(
                    "是", "有", "在", "为", "将", "从", "对", "与", "和", "向", "由", "经", "据", "被", "把", "让",
                    "使", "获得", "获批", "获", "成立", "设立", "发布", "举办", "召开", "组织", "联合", "委托", "牵头",
                    "推动", "表示", "介绍", "指出", "认为", "说", "报道", "记者", "通讯员", "来自", "位于", "包括", "其中",
                    "以及", "等", "的", "了", "也", "都", "已", "还", "又", "并", "且", "或", "及", "共同", "分别",
                    "相继", "先后", "同时", "作为", "通过", "依托", "作出", "审结", "判决", "受理", "申请", "起诉", "认定",
                    "查处", "立案");

    /** Branch words that extend a name to the right: 招商银行 + 武汉 + 分行. */
    private static final Pattern BRANCH = Pattern.compile("(分行|支行|分公司|分中心|分院|分局|分会|办事处|营业部|分所)$");

    /** Outlets in datelines, source lines and bylines. */
    private static final Pattern OUTLET_CONTEXT =
            Pattern.compile(
                    "(?:^[【\\[]?|来源[:：]\\s*|來源[:：]\\s*|[·\\-－|｜]\\s*)"
                        + "([\\p{IsHan}A-Za-z]{2,12}?(?:日报|晚报|时报|日報|晚報|時報|报|報|新闻网|新聞網|网|網|通讯社|社|新闻|新聞|电视台|客户端))(?=[\\s·\\-－|｜"
                        + "　）)】\\]]|$|讯|訊|记者|記者|[\\p{IsHan}]{2,4}\\d{1,2}月\\d{1,2}日[电電讯訊]|\\d{1,2}月\\d{1,2}日[电電讯訊])");

    private final Set<String> suffixes;
    private final int longestSuffix;
    private final Map<String, String> aliases = new HashMap<>();

    public OrganizationRecognizer() {
        this.suffixes = Set.copyOf(Lexicons.lines(SUFFIXES).stream().map(String::strip).toList());
        this.longestSuffix = suffixes.stream().mapToInt(String::length).max().orElse(1);
        for (String line : Lexicons.lines(ALIASES)) {
            String[] fields = line.split("\t");
            aliases.put(fields[0].strip(), fields[1].strip());
        }
    }

    /** The organizations of one sentence: spans of its simplified text, not overlapping. */
    public List<Span> find(String text, List<Token> tokens, List<PlaceGazetteer.Match> places) {
        List<Span> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (isHead(tokens.get(i))) {
                Span span = extend(text, tokens, places, i);
                if (span != null) {
                    found.add(span);
                }
            }
        }
        for (String alias : aliases.keySet()) {
            for (int at = text.indexOf(alias);
                    at >= 0;
                    at = text.indexOf(alias, at + alias.length())) {
                found.add(new Span(at, at + alias.length()));
            }
        }
        Matcher outlet =
                OUTLET_CONTEXT.matcher(text.length() > 300 ? text.substring(0, 300) : text);
        while (outlet.find()) {
            found.add(new Span(outlet.start(1), outlet.end(1)));
        }
        return longestFirst(found);
    }

    /** The full name for a short form (国知局 → 国家知识产权局), or the name itself. */
    public String normalized(String name) {
        return aliases.getOrDefault(name, name);
    }

    private boolean isHead(Token token) {
        String word = token.text();
        if (word.length() > MAX_LENGTH) {
            return false;
        }
        if (suffixes.contains(word)) {
            return true;
        }
        for (int len = Math.min(longestSuffix, word.length() - 1); len >= 1; len--) {
            if (suffixes.contains(word.substring(word.length() - len))) {
                // A word ending in 局 is not always a bureau (格局): HanLP's tag or a long suffix
                // decides.
                return token.isOrganization() || token.tag().equals("nis") || len >= 2;
            }
        }
        return false;
    }

    private Span extend(
            String text, List<Token> tokens, List<PlaceGazetteer.Match> places, int head) {
        Token last = tokens.get(head);
        int end = last.end();
        // A branch: 招商银行 武汉 分行, 中国人民财产保险股份有限公司 延安市 分公司.
        int j = head + 1;
        while (j < tokens.size() && (isPlace(tokens.get(j), places) || tokens.get(j).isPlace())) {
            j++;
        }
        if (j > head + 1 && j < tokens.size() && BRANCH.matcher(tokens.get(j).text()).find()) {
            end = tokens.get(j).end();
        } else if (j == head + 1
                && j < tokens.size()
                && BRANCH.matcher(tokens.get(j).text()).find()
                && isPlace(
                        new Token(
                                tokens.get(j).text().replaceFirst(BRANCH.pattern(), ""),
                                "ns",
                                tokens.get(j).start()),
                        places)) {
            end = tokens.get(j).end();
        }
        int start = head;
        int strongStart = distinctive(last, places) ? head : -1;
        int openParens = countUnmatchedClosing(last.text());
        for (int i = head - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (end - token.start() > MAX_LENGTH) {
                break;
            }
            if (openParens > 0 && token.text().contains("（")) {
                openParens--;
                start = i;
                continue;
            }
            if (openParens == 0 && !canBeInside(token)) {
                break;
            }
            openParens += countUnmatchedClosing(token.text());
            start = i;
            if (distinctive(token, places)) {
                strongStart = i;
            }
        }
        if (strongStart < 0) {
            return null;
        }
        int from = tokens.get(Math.max(start, strongStart)).start();
        // Keep the leftmost distinctive word, and a bracketed part before it.
        from = tokens.get(strongStart).start();
        for (int i = start; i < strongStart; i++) {
            if (tokens.get(i).text().contains("（")
                    || NAME_STARTERS.contains(tokens.get(i).text())) {
                from = tokens.get(i).start();
                break;
            }
        }
        String name = text.substring(from, end);
        if (name.length() < 3 || balance(name) != 0) {
            return null;
        }
        return new Span(from, end);
    }

    /**
     * A word that makes a name: a place, a proper name, 国家/中国…, or an organization word HanLP
     * knows.
     */
    private boolean distinctive(Token token, List<PlaceGazetteer.Match> places) {
        String word = token.text();
        if (NAME_STARTERS.contains(word) || isPlace(token, places)) {
            return true;
        }
        String tag = token.tag();
        if (tag.startsWith("ns") || tag.startsWith("nr") || tag.equals("nx") || tag.equals("nrf")) {
            return true;
        }
        if ((tag.equals("nz") || token.isOrganization() || tag.equals("j"))
                && !GENERIC.contains(word)) {
            String core = stripSuffix(word);
            return !core.isEmpty() && !GENERIC.contains(core) && !allGeneric(core);
        }
        return false;
    }

    private boolean allGeneric(String core) {
        for (String word : GENERIC) {
            core = core.replace(word, "");
        }
        return core.length() < 2;
    }

    private String stripSuffix(String word) {
        for (int len = Math.min(longestSuffix, word.length()); len >= 1; len--) {
            if (suffixes.contains(word.substring(word.length() - len))) {
                return word.substring(0, word.length() - len);
            }
        }
        return word;
    }

    private static boolean canBeInside(Token token) {
        if (STOP_WORDS.contains(token.text()) || STOP_TAG.matcher(token.tag()).matches()) {
            return false;
        }
        if (token.tag().equals("m")) {
            return token.text().startsWith("第"); // 第一中级人民法院
        }
        return token.text()
                .codePoints()
                .allMatch(c -> Character.isLetterOrDigit(c) || c == '（' || c == '）');
    }

    private static boolean isPlace(Token token, List<PlaceGazetteer.Match> places) {
        for (PlaceGazetteer.Match match : places) {
            if (match.start() <= token.start() && token.end() <= match.end()) {
                return true;
            }
        }
        return false;
    }

    private static int countUnmatchedClosing(String word) {
        return Math.max(
                0,
                (int)
                        (word.chars().filter(c -> c == '）').count()
                                - word.chars().filter(c -> c == '（').count()));
    }

    private static int balance(String name) {
        return (int)
                (name.chars().filter(c -> c == '（').count()
                        - name.chars().filter(c -> c == '）').count());
    }

    /** Overlapping spans: the longest wins. */
    static List<Span> longestFirst(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::length).reversed().thenComparingInt(Span::start));
        List<Span> kept = new ArrayList<>();
        for (Span span : sorted) {
            if (kept.stream().noneMatch(k -> k.overlaps(span))) {
                kept.add(span);
            }
        }
        kept.sort(Comparator.comparingInt(Span::start));
        return kept;
    }
}
