package dev.ipwire.nlp.entities;

/**
 * A known place.
 *
 * @param name its full official name (广西壮族自治区, 宁都县)
 * @param kind province, city, county, town, country, region, new-area or feature
 * @param code GB/T 2260 code for PRC divisions, else empty
 * @param province full name of its province, or empty (foreign places, nationwide regions)
 * @param city full name of its prefecture-level city for counties and towns, else empty
 */
public record Place(String name, String kind, String code, String province, String city) {

    public boolean isDivision() {
        return kind.equals("province")
                || kind.equals("city")
                || kind.equals("county")
                || kind.equals("town");
    }
}
