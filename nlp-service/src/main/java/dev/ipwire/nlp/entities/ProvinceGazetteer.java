package dev.ipwire.nlp.entities;

import dev.ipwire.contracts.Entity;
import dev.ipwire.contracts.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * China's 34 provincial-level divisions (GB/T 2260 codes) and their short names, to normalize
 * places to the province they belong to for the {@code regions} facet.
 */
@Component
public class ProvinceGazetteer {

    /** Full name, short name, code. */
    private static final String[][] PROVINCES = {
        {"北京市", "北京", "110000"},
        {"天津市", "天津", "120000"},
        {"河北省", "河北", "130000"},
        {"山西省", "山西", "140000"},
        {"内蒙古自治区", "内蒙古", "150000"},
        {"辽宁省", "辽宁", "210000"},
        {"吉林省", "吉林", "220000"},
        {"黑龙江省", "黑龙江", "230000"},
        {"上海市", "上海", "310000"},
        {"江苏省", "江苏", "320000"},
        {"浙江省", "浙江", "330000"},
        {"安徽省", "安徽", "340000"},
        {"福建省", "福建", "350000"},
        {"江西省", "江西", "360000"},
        {"山东省", "山东", "370000"},
        {"河南省", "河南", "410000"},
        {"湖北省", "湖北", "420000"},
        {"湖南省", "湖南", "430000"},
        {"广东省", "广东", "440000"},
        {"广西壮族自治区", "广西", "450000"},
        {"海南省", "海南", "460000"},
        {"重庆市", "重庆", "500000"},
        {"四川省", "四川", "510000"},
        {"贵州省", "贵州", "520000"},
        {"云南省", "云南", "530000"},
        {"西藏自治区", "西藏", "540000"},
        {"陕西省", "陕西", "610000"},
        {"甘肃省", "甘肃", "620000"},
        {"青海省", "青海", "630000"},
        {"宁夏回族自治区", "宁夏", "640000"},
        {"新疆维吾尔自治区", "新疆", "650000"},
        {"台湾省", "台湾", "710000"},
        {"香港特别行政区", "香港", "810000"},
        {"澳门特别行政区", "澳门", "820000"}
    };

    /** The provinces the places belong to, most mentioned first. */
    public List<Region> regions(List<Entity> places) {
        Map<String[], Integer> counts = new LinkedHashMap<>();
        for (Entity place : places) {
            String name = place.normalized() == null ? place.text() : place.normalized();
            for (String[] province : PROVINCES) {
                if (name.startsWith(province[1])) {
                    counts.merge(province, place.mentions(), Integer::sum);
                    break;
                }
            }
        }
        List<Map.Entry<String[], Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String[], Integer>comparingByValue().reversed());
        return ranked.stream()
                .map(e -> new Region(e.getKey()[0], e.getKey()[2], e.getKey()[0]))
                .toList();
    }
}
