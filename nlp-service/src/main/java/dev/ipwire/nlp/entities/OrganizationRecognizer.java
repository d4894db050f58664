package dev.ipwire.nlp.entities;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.Token;
import java.util.ArrayList;
import java.util.BitSet;
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
 * left over the words a name can contain and starts at the leftmost distinctive one: a place, a
 * proper name, 国家/中国…, a known organization. That keeps 将国家知识产权局 and 从招商银行 out and rejects generic
 * phrases (合作银行, 市知识产权局, 加工中心). A branch named after a place (招商银行 武汉分行), a place in brackets
 * (中国（济南）知识产权保护中心) and 和 in a government name (粮食和物资储备局) belong to the name; a department of a
 * company does not (徽商银行科技金融部 → 徽商银行). News outlets in datelines, bylines and source lines (湖北日报讯,
 * 来源：济南日报, 澎湃新闻记者) count too.
 */
@Component
public class OrganizationRecognizer {

    static final String SUFFIXES = "/ipwire/nlp/lexicon/org-suffixes.txt";
    static final String ALIASES = "/ipwire/lexicon/org-aliases.tsv";

    /** Longest organization name, in characters. */
    static final int MAX_LENGTH = 40;

    /** Words that start a name although they are common nouns. */
    private static final Set<String> NAME_STARTERS =
            Set.of("国家", "中国", "中华", "最高", "世界", "国际", "中央", "中共", "亚洲");

    /** Words that alone make no name: 合作银行, 科技有限公司, 知识产权局 are not organizations. */
    private static final Set<String> GENERIC =
            Set.of(
                    "科技", "技术", "信息", "文化", "传媒", "投资", "发展", "管理", "服务", "咨询", "实业", "贸易", "商贸",
                    "电子", "生物", "医药", "食品", "农业", "财产", "保险", "股份", "商业", "合作", "金融", "数据", "网络",
                    "智能", "建设", "工程", "环境", "教育", "产业", "市场", "监督", "知识产权", "专利", "商标", "版权", "行业",
                    "国有", "民营", "地方", "相关", "有关", "当地", "企业", "公司", "集团", "机构", "平台", "省", "市", "县",
                    "区", "镇", "乡", "村", "各级", "基层", "运营", "保护", "执法", "司法", "行政", "综合", "人民", "中级",
                    "高级", "农村", "城市", "法律", "律师", "评估", "资产", "担保", "融资", "证券", "交易", "研究", "设计",
                    "检测", "认证", "质量", "标准", "安全", "公共", "社会", "经济", "区域", "海外", "纠纷", "调解", "仲裁",
                    "维权", "援助", "促进", "指导", "协调", "工作", "传统", "加工", "处理", "快速", "专业");

    /** Tags of words that never occur inside a name. */
    private static final Pattern STOP_TAG =
            Pattern.compile("^(w|p.*|c.*|u.*|r.*|d|q.*|t.*|y|e|o|f|mq|nnt|vi|vshi|vyou)$");

    /** Words that end a name when met on the way left. */
    private static final Set<String> STOP_WORDS =
            Set.of(
                    "是", "有", "在", "为", "将", "从", "对", "与", "和", "向", "由", "经", "据", "被", "把", "让",
                    "使", "获得", "获批", "获", "成立", "设立", "发布", "举办", "召开", "组织", "联合", "委托", "牵头",
                    "推动", "表示", "介绍", "指出", "认为", "说", "报道", "记者", "通讯员", "来自", "位于", "包括", "其中",
                    "以及", "等", "的", "了", "也", "都", "已", "还", "又", "并", "且", "或", "及", "共同", "分别",
                    "相继", "先后", "同时", "作为", "通过", "依托", "作出", "审结", "判决", "受理", "申请", "起诉", "认定",
                    "查处", "立案", "担任", "推出", "出台", "开展", "建立", "成为", "提供", "帮助", "支持", "实现", "完成",
                    "加强", "印发", "签署", "签订", "启动", "上线", "进入", "走进", "前往", "来到", "拿到", "取得", "用于",
                    "引进", "开设", "已有", "入选", "推进", "一家", "多家", "这家", "该", "此", "各");

    /** Branch words that extend a name to the right: 招商银行 + 武汉 + 分行. */
    private static final Pattern BRANCH = Pattern.compile("分行|支行|分公司|分中心|分院|分局|分会|办事处|营业部|分所");

    /** Characters HanLP glues to the front of a name (向市…, 人重庆…, 从贵州银行…). */
    private static final String LEADING_JUNK = "从向对与将在由经据把被让给和及人的是为";

    private static final Pattern DEPARTMENT = Pattern.compile("(部|处|科|室|组|办)$");
    private static final Pattern INNER_ORGANIZATION = Pattern.compile("有限公司|公司|银行|集团|大学|学院|医院|研究院");
    private static final Pattern COLLECTIVE_SUFFIX = Pattern.compile("法院|检察院|海关|公安|政府|法庭|公司|企业");

    /** Outlets in datelines, source lines and bylines. */
    private static final Pattern OUTLET_CONTEXT =
            Pattern.compile(
                    "(?:^[【\\[]?|来源[:：]\\s*|來源[:：]\\s*|[·\\-－|｜]\\s*)"
                            + "([\\p{IsHan}A-Za-z]{2,12}?(?:日报|晚报|时报|日報|晚報|時報|报|報|新闻网|新聞網|网|網|"
                            + "通讯社|社|新闻|新聞|电视台|客户端))(?=[\\s·\\-－|｜"
                            + "　）)】\\]]|$|讯|訊|记者|記者|[\\p{IsHan}]{2,4}\\d{1,2}月\\d{1,2}日[电電讯訊]"
                            + "|\\d{1,2}月\\d{1,2}日[电電讯訊])");

    /** Every outlet name ends in one of these characters: skip the pattern when none occurs. */
    private static final String OUTLET_LAST_CHARACTERS = "报報网網社闻聞台端";

    private static boolean mayNameAnOutlet(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (OUTLET_LAST_CHARACTERS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private final PlaceGazetteer gazetteer;
    private final Set<String> domainTerms;
    private final Set<String> suffixes;
    private final int longestSuffix;

    /**
     * The last characters of the suffixes: a word whose last character is none of them has no
     * suffix, which most words are told at once instead of by a substring lookup per length.
     */
    private final BitSet suffixEnds = new BitSet(Character.MAX_VALUE + 1);

    private final Map<String, String> aliases = new HashMap<>();

    public OrganizationRecognizer(PlaceGazetteer gazetteer, DomainLexicon domainTerms) {
        this.gazetteer = gazetteer;
        this.domainTerms = Set.copyOf(domainTerms.entries());
        this.suffixes = Set.copyOf(Lexicons.lines(SUFFIXES).stream().map(String::strip).toList());
        this.longestSuffix = suffixes.stream().mapToInt(String::length).max().orElse(1);
        suffixes.stream()
                .filter(suffix -> !suffix.isEmpty())
                .forEach(suffix -> suffixEnds.set(suffix.charAt(suffix.length() - 1)));
        for (String line : Lexicons.lines(ALIASES)) {
            String[] fields = line.split("\t");
            aliases.put(fields[0].strip(), fields[1].strip());
        }
    }

    /** What one sentence's recognition needs to know. */
    private record Context(List<PlaceGazetteer.Match> places, List<Span> known) {}

    /** The organizations of one sentence: spans of its simplified text, not overlapping. */
    public List<Span> find(String text, List<Token> tokens, List<PlaceGazetteer.Match> places) {
        List<Span> known = new ArrayList<>();
        for (String alias : aliases.keySet()) {
            for (int at = text.indexOf(alias);
                    at >= 0;
                    at = text.indexOf(alias, at + alias.length())) {
                known.add(new Span(at, at + alias.length()));
            }
        }
        Context context = new Context(places, known);
        List<Span> found = new ArrayList<>(known);
        for (int i = 0; i < tokens.size(); i++) {
            if (isHead(tokens.get(i))) {
                Span span = extend(text, tokens, context, i);
                if (span != null) {
                    found.add(span);
                }
            }
        }
        Matcher outlet =
                OUTLET_CONTEXT.matcher(text.length() > 300 ? text.substring(0, 300) : text);
        while (mayNameAnOutlet(text) && outlet.find()) {
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
        if (word.isEmpty()
                || word.length() > MAX_LENGTH
                || !suffixEnds.get(word.charAt(word.length() - 1))) {
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

    private Span extend(String text, List<Token> tokens, Context context, int head) {
        Token last = tokens.get(head);
        int end = last.end();
        int j = head + 1;
        while (j < tokens.size() && isPlace(tokens.get(j), context.places())) {
            j++;
        }
        if (j > head + 1 && j < tokens.size() && BRANCH.matcher(tokens.get(j).text()).matches()) {
            end = tokens.get(j).end();
        }
        int leftmostDistinctive = distinctive(last, context) ? head : -1;
        for (int i = head - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (end - token.start() > MAX_LENGTH) {
                break;
            }
            if (token.text().equals("）")) {
                int open = bracketedPlaceStart(tokens, i, context);
                if (open < 0) {
                    break;
                }
                i = open; // the loop continues with the word before the bracket
                continue;
            }
            if (isConjunctionInsideName(tokens, i, context)) {
                continue;
            }
            if (!canBeInside(token)) {
                break;
            }
            if (distinctive(token, context)) {
                leftmostDistinctive = i;
            }
        }
        if (leftmostDistinctive < 0) {
            return null;
        }
        int from = startInsideGluedWord(tokens.get(leftmostDistinctive), context);
        from = trimLeadingFunctionWords(text, from, end, context);
        end = cutDepartment(text, from, end);
        String name = text.substring(from, end);
        if (name.length() < 3 || balance(name) != 0 || collective(name)) {
            return null;
        }
        return new Span(from, end);
    }

    /** A word that makes a name: a place, a proper name, 国家/中国…, a known organization. */
    private boolean distinctive(Token token, Context context) {
        String word = token.text();
        if (NAME_STARTERS.contains(word) || isPlace(token, context.places())) {
            return true;
        }
        if (context.known().stream()
                .anyMatch(
                        k ->
                                k.start() == token.start()
                                        || (k.start() <= token.start()
                                                && token.end() <= k.end()))) {
            return true;
        }
        if (domainTerms.contains(word) || GENERIC.contains(word)) {
            return false;
        }
        String tag = token.tag();
        if (tag.startsWith("nr") && !containsAny(word, "市省县区镇乡村")) {
            return true; // a person's name (HanLP also tags 向市 of 向市知识产权局 as one)
        }
        if (tag.equals("nx")) {
            return true;
        }
        if (tag.equals("nz") || token.isOrganization() || tag.equals("j") || tag.startsWith("ns")) {
            if (NAME_STARTERS.stream().anyMatch(word::startsWith)) {
                return true; // 最高人民法院, 国家知识产权局
            }
            String core = stripSuffix(word);
            return !core.isEmpty() && !containsAny(core, DIGITS) && hasProperPart(core);
        }
        return false;
    }

    /**
     * HanLP sometimes glues words to the front of an organization (记者从青岛海关, 下一步青岛海关): when a place
     * starts inside the word and what comes before it holds no name, the name starts there.
     */
    private int startInsideGluedWord(Token token, Context context) {
        for (PlaceGazetteer.Match place : context.places()) {
            if (place.start() > token.start() && place.start() < token.end()) {
                String prefix = token.text().substring(0, place.start() - token.start());
                if (!NAME_STARTERS.contains(prefix) && !hasProperPart(prefix)) {
                    return place.start();
                }
                break;
            }
        }
        return token.start();
    }

    private static final String DIGITS = "0123456789０１２３４５６７８９";

    private static boolean containsAny(String word, String characters) {
        for (int i = 0; i < word.length(); i++) {
            if (characters.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsLatin(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word holds a name: a place in it, Latin letters, or a part HanLP knows as a name.
     */
    private boolean hasProperPart(String core) {
        if (containsLatin(core) || !gazetteer.find(core).isEmpty()) {
            return true;
        }
        for (Term term : HanLP.segment(core)) {
            String nature = term.nature == null ? "" : term.nature.toString();
            boolean ordinary = domainTerms.contains(term.word) || GENERIC.contains(term.word);
            boolean name =
                    nature.startsWith("nr")
                            || nature.startsWith("ns")
                            || nature.equals("nx")
                            || nature.startsWith("nt")
                            || (nature.equals("nz") && !ordinary);
            boolean unknown =
                    term.word.length() >= 2 && CoreDictionary.get(term.word) == null && !ordinary;
            if (name || unknown) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a ）at {@code close}: the index of the matching （ when only a place is inside, else -1.
     */
    private static int bracketedPlaceStart(List<Token> tokens, int close, Context context) {
        for (int i = close - 1; i >= Math.max(1, close - 4); i--) {
            if (tokens.get(i).text().equals("（")) {
                if (i + 1 == close) {
                    return -1;
                }
                for (int k = i + 1; k < close; k++) {
                    if (!isPlace(tokens.get(k), context.places())) {
                        return -1;
                    }
                }
                return i;
            }
        }
        return -1;
    }

    /** 和 between two nouns right after a place: 黑龙江省 粮食 和 物资 储备局. */
    private static boolean isConjunctionInsideName(List<Token> tokens, int i, Context context) {
        if (!tokens.get(i).text().equals("和") || i < 2) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.tag().startsWith("n")
                && !before.isPlace()
                && before.text().length() >= 2
                && isPlace(tokens.get(i - 2), context.places());
    }

    private int trimLeadingFunctionWords(String text, int from, int end, Context context) {
        while (from < end - 3 && LEADING_JUNK.indexOf(text.charAt(from)) >= 0) {
            int next = from + 1;
            boolean placeFollows = context.places().stream().anyMatch(m -> m.start() == next);
            boolean starterFollows = NAME_STARTERS.stream().anyMatch(w -> text.startsWith(w, next));
            boolean knownFollows = context.known().stream().anyMatch(k -> k.start() == next);
            if (!placeFollows && !starterFollows && !knownFollows) {
                break;
            }
            from = next;
        }
        return from;
    }

    /** A department of a company or bank is not an organization: 杭州银行科技金融部 → 杭州银行. */
    private static int cutDepartment(String text, int from, int end) {
        String name = text.substring(from, end);
        if (!DEPARTMENT.matcher(name).find()) {
            return end;
        }
        Matcher inner = INNER_ORGANIZATION.matcher(name);
        int cut = -1;
        while (inner.find()) {
            if (inner.end() < name.length()) {
                cut = inner.end();
            }
        }
        return cut > 0 ? from + cut : end;
    }

    /** 美国海关, 江西法院: a country or region, or a province by its short name, plus a generic word. */
    private boolean collective(String name) {
        String core = stripSuffix(name);
        Place place = gazetteer.lookup(core);
        if (place == null) {
            return false;
        }
        if (place.kind().equals("country")
                || (place.kind().equals("region") && place.province().isEmpty())) {
            return true;
        }
        return place.kind().equals("province")
                && !core.equals(place.name())
                && COLLECTIVE_SUFFIX.matcher(name.substring(core.length())).matches();
    }

    private String stripSuffix(String word) {
        if (word.isEmpty() || !suffixEnds.get(word.charAt(word.length() - 1))) {
            return word;
        }
        for (int len = Math.min(longestSuffix, word.length()); len >= 1; len--) {
            if (suffixes.contains(word.substring(word.length() - len))) {
                return word.substring(0, word.length() - len);
            }
        }
        return word;
    }

    private boolean canBeInside(Token token) {
        String word = token.text();
        if (word.length() == 1 && suffixes.contains(word) && !STOP_WORDS.contains(word)) {
            return true; // 农业农村部 segmented as 农业/农村/部(q)
        }
        if (STOP_WORDS.contains(word) || STOP_TAG.matcher(token.tag()).matches()) {
            return false;
        }
        if (token.tag().equals("m") || containsAny(word, DIGITS)) {
            return word.startsWith("第"); // 第一中级人民法院
        }
        return word.codePoints().allMatch(Character::isLetterOrDigit);
    }

    private static boolean isPlace(Token token, List<PlaceGazetteer.Match> places) {
        if (token.tag().startsWith("ns")) {
            return true;
        }
        for (PlaceGazetteer.Match match : places) {
            if (match.start() <= token.start() && token.end() <= match.end()) {
                return true;
            }
        }
        return false;
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
