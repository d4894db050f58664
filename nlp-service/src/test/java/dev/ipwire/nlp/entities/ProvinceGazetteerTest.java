package dev.ipwire.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ipwire.contracts.Entity;
import dev.ipwire.contracts.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvinceGazetteerTest {

    private final ProvinceGazetteer gazetteer = new ProvinceGazetteer();

    @Test
    void aShortNameIsNormalizedToTheFullProvinceWithItsCode() {
        assertThat(gazetteer.regions(List.of(new Entity("广西", "广西", 1))))
                .containsExactly(new Region("广西壮族自治区", "450000", "广西壮族自治区"));
    }

    @Test
    void provincesAreRankedByMentionsSummedOverTheirPlaces() {
        List<Region> regions =
                gazetteer.regions(
                        List.of(
                                new Entity("浙江省", "浙江省", 2),
                                new Entity("广东", "广东", 3),
                                new Entity("广西", "广西", 1),
                                new Entity("广西壮族自治区", "广西壮族自治区", 3)));

        assertThat(regions)
                .extracting(Region::name, Region::code)
                .containsExactly(
                        tuple("广西壮族自治区", "450000"), tuple("广东省", "440000"), tuple("浙江省", "330000"));
    }

    @Test
    void theNormalizedFormIsUsedSoTraditionalPlacesMatch() {
        assertThat(gazetteer.regions(List.of(new Entity("廣東省", "广东省", 1))))
                .containsExactly(new Region("广东省", "440000", "广东省"));
    }

    @Test
    void placesInsideAProvinceNamedByItsPrefixBelongToIt() {
        assertThat(gazetteer.regions(List.of(new Entity("内蒙古自治区呼和浩特市", null, 1))))
                .extracting(Region::name)
                .containsExactly("内蒙古自治区");
    }

    @Test
    void placesThatNameNoProvinceAreLeftOut() {
        assertThat(gazetteer.regions(List.of(new Entity("亚洲", "亚洲", 4)))).isEmpty();
        assertThat(gazetteer.regions(List.of())).isEmpty();
    }
}
