package dev.ipwire.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.contracts.Entities;
import dev.ipwire.contracts.Entity;
import dev.ipwire.contracts.Region;
import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.ArticleAnalyzer;
import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.HanlpSegmenter;
import dev.ipwire.nlp.analysis.Sentence;
import dev.ipwire.nlp.analysis.Token;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Persons, places, organizations and regions of invented sentences. */
class EntityExtractorTest {

    private static final DomainLexicon TERMS = DomainLexicon.load(DomainLexicon.DOMAIN_TERMS);
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(new HanlpSegmenter(TERMS));
    private static final PlaceGazetteer GAZETTEER = new PlaceGazetteer();
    private static final EntityExtractor EXTRACTOR =
            new EntityExtractor(
                    new OrganizationRecognizer(GAZETTEER, TERMS),
                    new PersonRecognizer(GAZETTEER),
                    GAZETTEER);

    private static EntityExtractor.Found extract(String title, String... paragraphs) {
        return EXTRACTOR.extract(ANALYZER.analyze(title, List.of(paragraphs)), Map.of());
    }

    private static Entities entities(String... paragraphs) {
        return extract(null, paragraphs).entities();
    }

    private static List<String> texts(List<Entity> entities) {
        return entities.stream().map(Entity::text).toList();
    }

    // Persons

    @Test
    void bylineNamesAreStrongEvenWhenShort() {
        Entities entities = entities("记者 张三 通讯员 李四 报道：今年全市专利授权量稳步增长。");

        assertThat(entities.person())
                .containsExactly(new Entity("张三", "张三", 1), new Entity("李四", "李四", 1));
    }

    @Test
    void bylinesWithoutSpacesAndEditorLines() {
        assertThat(texts(entities("记者王晓燕通讯员刘明德摄").person())).containsExactly("王晓燕", "刘明德");
        assertThat(texts(entities("责任编辑：宋佳琪").person())).containsExactly("宋佳琪");
    }

    @Test
    void aTitleBeforeOrASpeechVerbAfterMakesAName() {
        assertThat(texts(entities("法官周明远说，该案已经审结。").person())).containsExactly("周明远");
        assertThat(texts(entities("种植户陈国强正在果园里忙碌。").person())).containsExactly("陈国强");
        assertThat(texts(entities("律师赵雅琴介绍，这类纠纷正在减少。").person())).containsExactly("赵雅琴");
    }

    @Test
    void aShortGuessIsKeptOnlyWhenAStrongMentionConfirmsIt() {
        // HanLP alone guesses two-character names too often wrongly: 王伟 needs support.
        assertThat(ANALYZER.analyze(null, List.of("王伟出席了会议。")).sentences().getFirst().tokens())
                .anyMatch(token -> token.text().equals("王伟") && token.isPerson());
        assertThat(entities("王伟出席了会议。").person()).isEmpty();
        assertThat(entities("王伟出席了会议。", "会后王伟表示，将继续推进。").person())
                .containsExactly(new Entity("王伟", "王伟", 2));
        // A three-character guess stands on its own.
        assertThat(texts(entities("刘德明出席了会议。").person())).containsExactly("刘德明");
    }

    @Test
    void interpunctNamesAreCutAtTheWordsAroundThem() {
        assertThat(texts(entities("维吾尔族农民阿布都·热合曼家有果园。").person())).containsExactly("阿布都·热合曼");
        assertThat(texts(entities("参赛选手买买提·艾力获得冠军。").person())).containsExactly("买买提·艾力");
    }

    @Test
    void fragmentsHanlpTagsAsNamesAreRejected() {
        // HanLP's role tagging makes names of 万件, 余件, 时俱进 and 占比 in these sentences.
        List<String> sentences =
                List.of("有效发明专利达3万件。", "专利授权量达到三万余件。", "要与时俱进，不断完善保护体系。", "占比达到百分之三十。");
        AnalyzedArticle article = ANALYZER.analyze(null, sentences);
        assertThat(article.sentences())
                .flatMap(Sentence::tokens)
                .filteredOn(Token::isPerson)
                .extracting(Token::text)
                .contains("万件", "余件", "时俱进", "占比");

        Entities entities = EXTRACTOR.extract(article, Map.of()).entities();

        assertThat(entities.person()).isEmpty();
    }

    // Places

    @Test
    void aProvinceIsFoundWholeAndNotInsideAnOrganizationName() {
        Entities entities = entities("广西壮族自治区知识产权局发布通知。", "广西壮族自治区将推进质押融资。");

        // The place inside the bureau's name is not a mention of the place.
        assertThat(entities.place()).containsExactly(new Entity("广西壮族自治区", "广西壮族自治区", 1));
        assertThat(texts(entities.organization())).containsExactly("广西壮族自治区知识产权局");
    }

    @Test
    void shortFormsCountSeparatelyButNormalizeToTheFullName() {
        Entities entities = entities("广西的企业和广西壮族自治区的企业都在增长。");

        assertThat(entities.place())
                .containsExactly(
                        new Entity("广西", "广西壮族自治区", 1), new Entity("广西壮族自治区", "广西壮族自治区", 1));
    }

    @Test
    void regionsAreFacetedByProvinceAndCityWithCodesMostMentionedFirst() {
        EntityExtractor.Found found = extract(null, "苏州市吴江区和萧山区的企业获得贷款。", "萧山的企业增长最快，萧山区还将扩大规模。");

        assertThat(found.entities().place())
                .contains(new Entity("萧山", "萧山区", 1), new Entity("萧山区", "萧山区", 2));
        assertThat(found.regions())
                .containsExactly(
                        new Region("浙江省", "330000", "浙江省"),
                        new Region("杭州市", "330100", "浙江省"),
                        new Region("江苏省", "320000", "江苏省"),
                        new Region("苏州市", "320500", "江苏省"));
    }

    @Test
    void aProvinceBeforeAZoneIsAPlaceOfItsOwn() {
        EntityExtractor.Found found = extract(null, "湖北东湖高新区发布知识产权政策。");

        assertThat(found.entities().organization())
                .containsExactly(new Entity("东湖高新区", "东湖高新区", 1));
        assertThat(found.entities().place()).containsExactly(new Entity("湖北", "湖北省", 1));
        assertThat(found.regions()).containsExactly(new Region("湖北省", "420000", "湖北省"));
    }

    @Test
    void aPlaceLeadingAnOrganizationNameCountsForTheRegions() {
        EntityExtractor.Found found = extract(null, "南宁市市场监督管理局近日查处一批案件。");

        assertThat(found.entities().place()).isEmpty();
        assertThat(found.regions())
                .containsExactly(
                        new Region("广西壮族自治区", "450000", "广西壮族自治区"),
                        new Region("南宁市", "450100", "广西壮族自治区"));
    }

    @Test
    void aTownNameManyProvincesShareTakesTheProvinceTheArticleNames() {
        // 三江镇 exists in several provinces; 江门市新会区 says which one.
        EntityExtractor.Found found = extract(null, "记者来到江门市新会区三江镇的一处柑园。");
        EntityExtractor.Found alone = extract(null, "记者来到三江镇的一处柑园。");

        assertThat(found.regions()).extracting(Region::name).containsExactly("广东省", "江门市");
        assertThat(alone.entities().place()).extracting(Entity::text).contains("三江镇");
        assertThat(alone.regions()).isEmpty();
    }

    @Test
    void aCountyShortFormGivesWayToTheProvinceStartingInsideIt() {
        // 从江 is a county of Guizhou; here 从 is the preposition and 江西 the province.
        assertThat(texts(entities("企业从江西银行赣州分行获得贷款。").organization())).containsExactly("江西银行赣州分行");
    }

    @Test
    void placeWordsThatArePartsOfPhrasesAreNotPlaces() {
        assertThat(entities("我省正在建设知识产权强省，全国各地纷纷效仿。").place()).isEmpty();
    }

    @Test
    void avoidedSpansAreNeitherPlacesNorPersons() {
        AnalyzedArticle article = ANALYZER.analyze(null, List.of("宁都脐橙今年又获丰收。"));
        Sentence sentence = article.sentences().getFirst();

        assertThat(EXTRACTOR.extract(article, Map.of()).entities().place())
                .containsExactly(new Entity("宁都", "宁都县", 1));
        EntityExtractor.Found avoiding =
                EXTRACTOR.extract(article, Map.of(sentence, List.of(new Span(0, 4))));
        assertThat(avoiding.entities().place()).isEmpty();
        assertThat(avoiding.regions()).isEmpty();
    }

    // Organizations

    @Test
    void anOrganizationStartsAtItsNameNotAtTheWordBefore() {
        assertThat(entities("企业将国家知识产权局的批复贴在墙上。").organization())
                .containsExactly(new Entity("国家知识产权局", "国家知识产权局", 1));
        assertThat(texts(entities("企业从招商银行武汉分行获得贷款。").organization())).containsExactly("招商银行武汉分行");
    }

    @Test
    void aDepartmentIsPartOfItsAgencyNeverAnOrganizationAlone() {
        Entities entities = entities("国家知识产权局运用促进司副司长孙立新介绍了情况。");

        assertThat(texts(entities.organization())).containsExactly("国家知识产权局运用促进司");
        assertThat(texts(entities.person())).containsExactly("孙立新");
    }

    @Test
    void aCompanyDepartmentIsCutBackToTheCompany() {
        assertThat(texts(entities("徽商银行科技金融部负责人介绍了情况。").organization())).containsExactly("徽商银行");
    }

    @Test
    void aliasesAreNormalizedToTheFullName() {
        Entities entities = entities("国家知识产权局局长表示，国知局将加大支持力度。");

        assertThat(entities.organization())
                .containsExactly(
                        new Entity("国家知识产权局", "国家知识产权局", 1), new Entity("国知局", "国家知识产权局", 1));
    }

    @Test
    void aCountryOrProvinceWithAGenericWordIsNoOrganization() {
        Entities entities = entities("美国海关查扣一批侵权商品。");

        assertThat(entities.organization()).isEmpty();
        assertThat(texts(entities.place())).containsExactly("美国");
    }

    @Test
    void outletsInBylinesAreOrganizations() {
        Entities entities = entities("南宁日报讯 记者 黄丽华 报道");

        assertThat(texts(entities.organization())).containsExactly("南宁日报");
        assertThat(texts(entities.person())).containsExactly("黄丽华");
    }

    // The article as a whole

    @Test
    void traditionalTextIsReportedAsWrittenAndNormalizedSimplified() {
        EntityExtractor.Found found = extract(null, "廣西壯族自治區將推進質押融資。記者張三報道。", "國知局發佈通知，深圳市的企業受益。");

        assertThat(found.entities().place())
                .containsExactly(new Entity("廣西壯族自治區", "广西壮族自治区", 1), new Entity("深圳市", "深圳市", 1));
        assertThat(found.entities().person()).containsExactly(new Entity("張三", "张三", 1));
        assertThat(found.entities().organization())
                .containsExactly(new Entity("國知局", "国家知识产权局", 1));
        assertThat(found.regions())
                .containsExactly(
                        new Region("广西壮族自治区", "450000", "广西壮族自治区"),
                        new Region("广东省", "440000", "广东省"),
                        new Region("深圳市", "440300", "广东省"));
    }

    @Test
    void theTitleCountsAsAMention() {
        Entities entities = extract("最高人民法院发布典型案例", "最高人民法院今天召开新闻发布会。").entities();

        assertThat(entities.organization()).containsExactly(new Entity("最高人民法院", "最高人民法院", 2));
    }

    @Test
    void aTextWithoutNamesHasNoEntitiesAndNoRegions() {
        EntityExtractor.Found found = extract(null, "专利申请量持续增长，审查周期进一步缩短。");

        assertThat(found.entities()).isEqualTo(Entities.none());
        assertThat(found.regions()).isEmpty();
        assertThat(extract(null).entities()).isEqualTo(Entities.none());
    }
}
