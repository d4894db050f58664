package dev.ipwire.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.ingest.parsing.NewsDocumentParser;
import dev.ipwire.ingest.parsing.ParsedDocument;
import dev.ipwire.ingest.parsing.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Near-duplicate detection on stories written for these tests. */
class NearDuplicateDetectorTest {

    /** A story as its own outlet published it, plain text. */
    static final String ORIGINAL =
            """
            临江市知识产权质押融资突破五十亿元
            2024-05-16 07:30　江城日报
            江城日报讯（记者 周立新 通讯员 韩雪）5月15日，记者从临江市市场监督管理局获悉，截至4月底，全市知识产权质押融资累计登记金额达52.6亿元，惠及科技型中小企业418家。
            今年1至4月，临江市新增知识产权质押融资9.8亿元，同比增长37%，其中首次获得银行贷款的企业占比接近四成。从行业看，新材料、生物医药和智能装备企业占比超过七成。
            临江光谷新材料有限公司成立仅3年，手里有6件发明专利。“我们没有厂房可以抵押，专利就是最值钱的家当。”公司负责人说，今年3月，企业以专利质押从当地农商银行获得800万元贷款，从申请到放款只用了9个工作日。
            为降低银行顾虑，临江市设立了3000万元知识产权质押融资风险补偿资金池，由财政、银行和担保机构按比例分担损失，并对企业贷款利息和评估费用给予补贴，企业综合融资成本降至3.5%左右。
            下一步，临江市将扩大风险补偿资金池规模，推动更多银行开展知识产权质押融资业务，力争全年新增登记金额突破25亿元。
            """;

    /** The same story on another outlet's site the next day: HTML with front matter, edited. */
    static final String REPUBLISHED =
            """
            ---
            title: "临江知识产权质押融资规模突破50亿元"
            date: 2024-05-17
            author: 临江新闻网
            ---
            <div class="article">
            <p>　　临江新闻网5月16日讯 (记者 钱思雨)记者16日从临江市市场监督管理局获悉，截至4月底，全市知识产权质押融资累计登记金额达５２.６亿元，惠及科技型中小企业418家。</p>
            <p>　　今年1至4月，临江市新增知识产权质押融资9.8亿元，同比增长37%，首次获得银行贷款的企业占比接近四成。从行业看，新材料、生物医药、智能装备企业占比超过七成。</p>
            <p>　　成立仅3年的临江光谷新材料有限公司就是受益者之一。今年3月，该企业以6件发明专利质押，从当地农商银行获得800万元贷款，从申请到放款只用了9个工作日。公司负责人表示，&ldquo;我们没有厂房可以抵押，专利就是最值钱的家当&rdquo;。</p>
            <p>　　据介绍，临江市设立了3000万元知识产权质押融资风险补偿资金池，由财政、银行和担保机构按比例分担损失，企业综合融资成本降至3.5%左右。(完)</p>
            </div>
            <p>【责任编辑：孙悦】</p>
            """;

    /** Two unrelated short stories from one outlet, both wrapped in its header and footer. */
    static final String OUTLET_STORY_A =
            """
            柑橘地理标志商标获批
            来源：南岭晚报　　发布时间：2024-03-02 09:15　　作者：记者 陈晓　　字号：大 中 小
            南岭县“南岭蜜橘”地理标志证明商标日前获得核准注册，全县两万多户橘农今后可统一使用这一品牌销售鲜果。
            分享到：微信 微博 QQ空间
            【责任编辑：王敏】
            版权所有 © 南岭晚报社 未经书面授权不得转载、摘编或建立镜像
            扫一扫，关注南岭晚报微信公众号，获取更多本地新闻资讯
            """;

    static final String OUTLET_STORY_B =
            """
            一起商标侵权案当庭宣判
            来源：南岭晚报　　发布时间：2024-03-05 16:40　　作者：记者 陈晓　　字号：大 中 小
            南岭县人民法院近日当庭宣判一起侵害商标权纠纷案，被告因销售假冒知名品牌运动鞋被判赔偿权利人经济损失十二万元。
            分享到：微信 微博 QQ空间
            【责任编辑：王敏】
            版权所有 © 南岭晚报社 未经书面授权不得转载、摘编或建立镜像
            扫一扫，关注南岭晚报微信公众号，获取更多本地新闻资讯
            """;

    private static final NewsDocumentParser parser = new NewsDocumentParser();

    private final NearDuplicateDetector detector = new NearDuplicateDetector();
    private long clock = 1_715_000_000_000L;

    private static ParsedDocument parse(String document) {
        return parser.parse(new RawDocument(document, null, null));
    }

    private Optional<NearDuplicateDetector.Match> find(String id, ParsedDocument document) {
        return detector.find(id, document.title(), document.paragraphs());
    }

    /** Checks, then indexes, like ingest does; returns the original found, or null. */
    private String accept(String id, ParsedDocument document) {
        String original = find(id, document).map(NearDuplicateDetector.Match::id).orElse(null);
        detector.add(id, clock++, original, document.title(), document.paragraphs());
        return original;
    }

    /** Exact Jaccard similarity of the shingles of two documents, with or without the cut. */
    private static double exactSimilarity(
            ParsedDocument a, ParsedDocument b, boolean cutBoilerplate) {
        long[] x = shingles(a, cutBoilerplate);
        long[] y = shingles(b, cutBoilerplate);
        int common = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (x.length + y.length - common);
    }

    private static long[] shingles(ParsedDocument document, boolean cutBoilerplate) {
        if (cutBoilerplate) {
            return Fingerprints.shingles(
                    Fingerprints.sentences(document.title(), document.paragraphs()));
        }
        String all = document.title() + String.join("", document.paragraphs());
        return Fingerprints.shingles(
                List.of(new Fingerprints.Sentence(Fingerprints.normalize(all), 0)));
    }

    @Test
    void republicationByAnotherOutletInAnotherFormatIsANearDuplicate() {
        ParsedDocument original = parse(ORIGINAL);
        ParsedDocument republished = parse(REPUBLISHED);
        assertThat(republished.format()).isEqualTo("html-frontmatter");

        assertThat(accept("original", original)).isNull();
        Optional<NearDuplicateDetector.Match> match = find("republished", republished);

        assertThat(match).isPresent();
        assertThat(match.get().id()).isEqualTo("original");
        assertThat(match.get().similarity()).isGreaterThan(NearDuplicateDetector.THRESHOLD);
        // Edited, not copied: well below identical, well above the threshold.
        assertThat(exactSimilarity(original, republished, true)).isBetween(0.3, 0.8);
    }

    @Test
    void exactCopyUnderAnotherIdIsANearDuplicate() {
        ParsedDocument original = parse(ORIGINAL);

        accept("first", original);

        assertThat(find("copy", original))
                .hasValueSatisfying(
                        match -> {
                            assertThat(match.id()).isEqualTo("first");
                            assertThat(match.similarity()).isEqualTo(1.0);
                        });
    }

    @Test
    void anArticleIsNeverANearDuplicateOfItself() {
        ParsedDocument original = parse(ORIGINAL);

        accept("same", original);

        assertThat(find("same", original)).isEmpty();
        assertThat(find("same", parse(REPUBLISHED))).isEmpty();
    }

    @Test
    void unrelatedStoriesSharingAnOutletsHeaderAndFooterAreNotNearDuplicates() {
        ParsedDocument a = parse(OUTLET_STORY_A);
        ParsedDocument b = parse(OUTLET_STORY_B);
        // Without the cut the shared furniture alone would make them "similar".
        assertThat(exactSimilarity(a, b, false)).isGreaterThan(NearDuplicateDetector.THRESHOLD);
        assertThat(exactSimilarity(a, b, true)).isLessThan(0.05);

        assertThat(accept("a", a)).isNull();

        assertThat(find("b", b)).isEmpty();
    }

    @Test
    void aThirdCopyPointsAtTheFirstEvenWhenItResemblesTheSecondMore() {
        ParsedDocument original = parse(ORIGINAL);
        ParsedDocument republished = parse(REPUBLISHED);
        // A third outlet took the republished version and changed one more sentence.
        List<String> third = new ArrayList<>(republished.paragraphs());
        third.set(0, third.get(0).replace("记者16日从", "日前从"));
        ParsedDocument thirdCopy =
                new ParsedDocument(
                        "text", republished.title(), third, null, null, null, "zh-Hans", List.of());

        assertThat(accept("first", original)).isNull();
        assertThat(accept("second", republished)).isEqualTo("first");
        assertThat(accept("third", thirdCopy)).isEqualTo("first");
    }

    @Test
    void theEarliestReceivedOfTwoSimilarOriginalsWins() {
        ParsedDocument original = parse(ORIGINAL);
        // Indexed out of order (as a replay may), both as originals.
        detector.add("later", 2_000, null, original.title(), original.paragraphs());
        detector.add("earlier", 1_000, null, original.title(), original.paragraphs());

        assertThat(find("new", original).map(NearDuplicateDetector.Match::id)).contains("earlier");
    }

    @Test
    void aResentOriginalDoesNotPointAtItsOwnCopy() {
        ParsedDocument original = parse(ORIGINAL);
        ParsedDocument republished = parse(REPUBLISHED);
        accept("first", original);
        accept("second", republished);

        // "first" re-sent: the only other similar article is its own copy.
        assertThat(find("first", original)).isEmpty();
        assertThat(accept("first", original)).isNull();
        assertThat(find("third", republished).map(NearDuplicateDetector.Match::id))
                .contains("first");
    }

    @Test
    void aNewRevisionReplacesTheOldTextOfTheSameId() {
        ParsedDocument original = parse(ORIGINAL);
        accept("story", original);

        ParsedDocument other = parse(OUTLET_STORY_B);
        detector.add("story", clock++, null, other.title(), other.paragraphs());

        assertThat(detector.size()).isEqualTo(1);
        assertThat(find("copy", original)).isEmpty();
        assertThat(find("copy", other).map(NearDuplicateDetector.Match::id)).contains("story");
    }

    @Test
    void whatIsIndexedIsTheTextAddedEvenWhenTheCheckSawAnotherTextUnderTheSameId() {
        // find() keeps its work for add(); a different text arriving under the id must not reuse
        // it.
        ParsedDocument checked = parse(ORIGINAL);
        ParsedDocument added = parse(OUTLET_STORY_B);
        find("story", checked);
        detector.add("story", clock++, null, added.title(), added.paragraphs());

        assertThat(find("copy", checked)).isEmpty();
        assertThat(find("copy", added).map(NearDuplicateDetector.Match::id)).contains("story");
    }

    @Test
    void textTooShortToJudgeIsNeverANearDuplicate() {
        detector.add("short", clock++, null, "专利转化", List.of("专利转化运用专项行动启动。"));

        assertThat(find("other", "专利转化", List.of("专利转化运用专项行动启动。"))).isEmpty();
    }

    private Optional<NearDuplicateDetector.Match> find(
            String id, String title, List<String> paragraphs) {
        return detector.find(id, title, paragraphs);
    }

    @Test
    void aSentenceRepeatedAcrossThreeStoriesIsTreatedAsBoilerplate() {
        // An outlet's own standard line, not in any known pattern.
        String standardLine = "临川融媒体中心长期关注知识产权保护、商标品牌建设与专利转化运用等领域的新进展，持续为读者提供权威解读与一线报道，敬请垂注后续系列稿件。";
        List<ParsedDocument> stories =
                List.of(
                        story(
                                "临川推进商标品牌建设",
                                "临川区今年培育区域公用品牌六个，指导企业申请注册商标两千余件，区内驰名商标总数达到十一件。"
                                        + "区市场监管局还为三十多家企业开展了商标布局体检，帮助企业清理闲置商标、补齐防御商标，"
                                        + "并在重点商圈设立商标品牌指导站。一家茶叶企业负责人说，过去只顾着卖货，如今品牌注册、"
                                        + "包装设计和渠道推广都有专人指导，产品进入了省外连锁超市，销售额比去年同期增长了三成。"
                                        + "区里还计划年内再评选一批商标品牌示范企业。",
                                standardLine),
                        story(
                                "临川高校专利转化提速",
                                "临川大学与二十家企业签订专利许可合同，转化发明专利八十七件，合同金额一点二亿元，较上年翻了一番。"
                                        + "学校设立技术转移办公室，由专职人员跟进每一项成果从实验室走向生产线。一位材料学院教授"
                                        + "介绍，团队研发的耐高温涂层专利被一家汽车零部件企业买断，双方还共建了联合实验室。"
                                        + "学校同时修订了科研评价办法，把成果转化收益纳入职称评审，鼓励教师把论文写在车间里。"
                                        + "明年学校将再拿出一百件专利开放许可。",
                                standardLine),
                        story(
                                "临川查办一批侵权案件",
                                "临川区市场监管局上半年查办商标侵权和假冒专利案件四十一件，罚没款一百三十万元，移送司法机关三件。"
                                        + "执法人员在一家仓库内当场查获假冒知名品牌的电动工具一千二百余件，涉案货值逾八十万元。"
                                        + "该局还联合公安、海关等部门建立线索通报机制，对电商平台上的侵权链接开展集中清理，"
                                        + "累计删除侵权链接六百余条。权利人代表表示，办案周期明显缩短，维权成本下降了不少。"
                                        + "下半年将重点整治农资和食品领域的侵权行为。",
                                standardLine));
        for (int i = 0; i < stories.size(); i++) {
            assertThat(accept("story-" + i, stories.get(i))).as("story %d", i).isNull();
        }
        assertThat(detector.storiesContaining(standardLine)).isEqualTo(3);

        ParsedDocument brief = story("临川举办知识产权讲座", "百余名企业代表参加了讲座。", standardLine);
        // The shared line alone would make the brief look like a copy of each story.
        assertThat(exactSimilarity(brief, stories.getFirst(), true))
                .isGreaterThan(NearDuplicateDetector.THRESHOLD);

        assertThat(find("brief", brief)).isEmpty();
    }

    @Test
    void copiesOfOneStoryDoNotMakeItsSentencesBoilerplate() {
        ParsedDocument original = parse(ORIGINAL);
        accept("first", original);
        for (int copy = 0; copy < 4; copy++) {
            assertThat(accept("copy-" + copy, original)).isEqualTo("first");
        }

        assertThat(accept("copy-5", parse(REPUBLISHED))).isEqualTo("first");
    }

    @Test
    void onlyTheMostRecentArticlesAreKept() {
        NearDuplicateDetector small = new NearDuplicateDetector(NearDuplicateDetector.THRESHOLD, 2);
        ParsedDocument original = parse(ORIGINAL);
        ParsedDocument a = parse(OUTLET_STORY_A);
        ParsedDocument b = parse(OUTLET_STORY_B);
        small.add("original", 1, null, original.title(), original.paragraphs());
        small.add("a", 2, null, a.title(), a.paragraphs());
        small.add("b", 3, null, b.title(), b.paragraphs());

        assertThat(small.size()).isEqualTo(2);
        assertThat(small.find("x", original.title(), original.paragraphs())).isEmpty();
        assertThat(small.find("x", b.title(), b.paragraphs()).map(NearDuplicateDetector.Match::id))
                .contains("b");
    }

    private static ParsedDocument story(String title, String body, String standardLine) {
        return new ParsedDocument(
                "text", title, List.of(body, standardLine), null, null, null, "zh-Hans", List.of());
    }
}
