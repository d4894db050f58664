package dev.ipwire.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.contracts.Entities;
import dev.ipwire.contracts.Entity;
import dev.ipwire.nlp.analysis.ArticleAnalyzer;
import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.HanlpSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private static final ArticleAnalyzer ANALYZER =
            new ArticleAnalyzer(new HanlpSegmenter(DomainLexicon.load(DomainLexicon.DOMAIN_TERMS)));

    private final EntityExtractor extractor = new EntityExtractor();

    private Entities extract(String title, String... paragraphs) {
        return extractor.extract(ANALYZER.analyze(title, List.of(paragraphs)));
    }

    @Test
    void findsPersonsPlacesAndOrganizationsAndCountsMentions() {
        Entities entities =
                extract(null, "记者王小明报道，最高人民法院副院长李建国表示，广西将加强地理标志保护。", "李建国表示，广西还将推进质押融资。");

        assertThat(entities.person())
                .containsExactly(new Entity("王小明", "王小明", 1), new Entity("李建国", "李建国", 2));
        assertThat(entities.place()).containsExactly(new Entity("广西", "广西", 2));
        assertThat(entities.organization()).containsExactly(new Entity("最高人民法院", "最高人民法院", 1));
    }

    @Test
    void traditionalTextReportsEntitiesAsWrittenWithASimplifiedNormalizedForm() {
        Entities entities = extract(null, "記者王小明報道，中國人民銀行副行長張偉表示，廣東省將推進質押融資。");

        assertThat(entities.person()).contains(new Entity("張偉", "张伟", 1));
        assertThat(entities.place()).containsExactly(new Entity("廣東省", "广东省", 1));
        assertThat(entities.organization()).containsExactly(new Entity("中國人民銀行", "中国人民银行", 1));
    }

    @Test
    void theTitleCountsAsAMention() {
        Entities entities = extract("最高人民法院发布典型案例", "最高人民法院今天召开新闻发布会。");

        assertThat(entities.organization()).containsExactly(new Entity("最高人民法院", "最高人民法院", 2));
    }

    @Test
    void aTextWithoutNamesHasNoEntities() {
        Entities entities = extract(null, "专利申请量持续增长，审查周期进一步缩短。");

        assertThat(entities).isEqualTo(Entities.none());
    }

    @Test
    void personNamesMustHaveAPlausibleLength() {
        assertThat(EntityExtractor.plausiblePerson("王")).isFalse();
        assertThat(EntityExtractor.plausiblePerson("王小明")).isTrue();
        assertThat(EntityExtractor.plausiblePerson("欧阳明月")).isTrue();
        assertThat(EntityExtractor.plausiblePerson("王小明报道了")).isFalse();
        assertThat(EntityExtractor.plausiblePerson("阿卜杜勒·阿齐兹")).isTrue();
        assertThat(EntityExtractor.plausiblePerson("·王")).isFalse();
    }
}
