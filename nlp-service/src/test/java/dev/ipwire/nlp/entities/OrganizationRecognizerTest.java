package dev.ipwire.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.HanlpSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationRecognizerTest {

    private static final DomainLexicon TERMS = DomainLexicon.load(DomainLexicon.DOMAIN_TERMS);
    private static final HanlpSegmenter SEGMENTER = new HanlpSegmenter(TERMS);
    private static final PlaceGazetteer GAZETTEER = new PlaceGazetteer();
    private static final OrganizationRecognizer RECOGNIZER =
            new OrganizationRecognizer(GAZETTEER, TERMS);

    private static List<String> find(String text) {
        return RECOGNIZER.find(text, SEGMENTER.segment(text), GAZETTEER.find(text)).stream()
                .map(span -> text.substring(span.start(), span.end()))
                .toList();
    }

    @Test
    void shortFormsAreNormalizedFromTheAliasList() {
        assertThat(RECOGNIZER.normalized("国知局")).isEqualTo("国家知识产权局");
        assertThat(RECOGNIZER.normalized("最高法")).isEqualTo("最高人民法院");
        assertThat(RECOGNIZER.normalized("工行")).isEqualTo("中国工商银行");
        assertThat(RECOGNIZER.normalized("宁都县市场监督管理局")).isEqualTo("宁都县市场监督管理局");
    }

    @Test
    void aliasesAreFoundAsOrganizations() {
        assertThat(find("国知局发布年度报告。")).containsExactly("国知局");
    }

    @Test
    void aNameStartsAtItsDistinctiveWord() {
        assertThat(find("企业将国家知识产权局的批复贴在墙上。")).containsExactly("国家知识产权局");
        assertThat(find("南宁市市场监督管理局查处一批案件。")).containsExactly("南宁市市场监督管理局");
    }

    @Test
    void genericPhrasesAreNoOrganizations() {
        assertThat(find("合作银行为市知识产权局提供服务。")).isEmpty();
    }

    @Test
    void aBracketedPlaceAndAConjunctionInAGovernmentNameBelongToTheName() {
        assertThat(find("中国（南宁）知识产权保护中心挂牌成立。")).containsExactly("中国（南宁）知识产权保护中心");
        assertThat(find("黑龙江省粮食和物资储备局发布通知。")).containsExactly("黑龙江省粮食和物资储备局");
    }
}
