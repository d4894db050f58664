package dev.ipwire.nlp.entities;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * China's administrative divisions down to towns ({@code gazetteer/divisions.tsv}, generated from
 * the MIT-licensed {@code china-division} package) and other places ({@code
 * gazetteer/places-extra.tsv}): countries, world and economic regions, new areas, landmarks.
 *
 * <p>Full names are always known; short forms (广西, 阿克苏, 宁都) only when they are not ordinary words
 * (HanLP's core dictionary knows 长安 as a place but 和平 as a word) and not shared by two places of
 * the same level.
 */
@Component
public class PlaceGazetteer {

    static final String DIVISIONS = "/ipwire/nlp/gazetteer/divisions.tsv";
    static final String EXTRA = "/ipwire/nlp/gazetteer/places-extra.tsv";

    /**
     * A place found in a text.
     *
     * @param start offset of its first character
     * @param end offset after its last character
     * @param place the place
     * @param fullName true when written with its full name (not a short form)
     */
    public record Match(int start, int end, Place place, boolean fullName) {}

    /** Short forms that are everyday words more often than places (公安 police, 白银 silver). */
    private static final java.util.Set<String> AMBIGUOUS_SHORT_FORMS =
            java.util.Set.of(
                    "公安", "白银", "朝天", "和平", "新华", "城关", "安宁", "永安", "太平", "长寿", "吉利", "大方", "富民",
                    "南城", "东方", "开平", "新城", "城中", "城东", "城西", "城北", "城南", "新区", "安全", "普通", "红旗",
                    "光明", "胜利", "前进", "东风", "解放", "团结", "和谐", "新兴", "兴隆", "复兴", "永和", "同心", "平安",
                    "建设", "文明", "五一", "金山");

    private static final java.util.regex.Pattern TOWN_NAME =
            java.util.regex.Pattern.compile(".{2,}(镇|乡|街道|苏木|地区|区|办事处)");

    private final Map<String, Place> fullNames = new HashMap<>();
    private final Map<String, Place> shortForms = new HashMap<>();

    /** Full names that several places of the same level bear. */
    private final Map<String, List<Place>> homonyms = new HashMap<>();

    /** Every short form, ordinary words included (万年, 公安): for names like 万年贡米 only. */
    private final Map<String, Place> anyShortForms = new HashMap<>();

    /** A name of the gazetteer, as the automaton reports it. */
    private record Name(Place place, boolean fullName) {}

    private final AhoCorasickDoubleArrayTrie<Name> names;
    private final AhoCorasickDoubleArrayTrie<String> anyShortFormNames;

    public PlaceGazetteer() {
        Map<String, List<Place>> aliasCandidates = new HashMap<>();
        for (String line : Lexicons.lines(DIVISIONS)) {
            String[] f = line.split("\t", -1);
            Place place = new Place(f[2], f[1], f[0], f[3], f.length > 4 ? f[4] : "");
            if (place.kind().equals("town") && !TOWN_NAME.matcher(place.name()).matches()) {
                continue; // a town called 农场 is not what 农场 means in a sentence
            }
            Place known = fullNames.get(place.name());
            if (known != null && rank(known) == rank(place)) {
                homonyms.computeIfAbsent(place.name(), n -> new ArrayList<>(List.of(known)))
                        .add(place);
            }
            fullNames.merge(place.name(), place, PlaceGazetteer::higherLevel);
            if (f.length > 5 && !f[5].isBlank()) {
                for (String alias : f[5].split(",")) {
                    aliasCandidates
                            .computeIfAbsent(alias.strip(), a -> new ArrayList<>())
                            .add(place);
                }
            }
        }
        for (String line : Lexicons.lines(EXTRA)) {
            String[] f = line.split("\t", -1);
            Place place = new Place(f[0], f[1], "", f.length > 2 ? f[2] : "", "");
            fullNames.putIfAbsent(place.name(), place);
            if (f.length > 3 && !f[3].isBlank()) {
                for (String alias : f[3].split(",")) {
                    fullNames.putIfAbsent(alias.strip(), place);
                }
            }
        }
        aliasCandidates.forEach(
                (alias, places) -> {
                    Place best = places.stream().reduce(PlaceGazetteer::higherLevel).orElseThrow();
                    long sameLevel = places.stream().filter(p -> rank(p) == rank(best)).count();
                    anyShortForms.putIfAbsent(alias, best);
                    if (!fullNames.containsKey(alias)
                            && sameLevel == 1
                            && !ordinaryWord(alias)
                            && !AMBIGUOUS_SHORT_FORMS.contains(alias)) {
                        shortForms.put(alias, best);
                    }
                });
        TreeMap<String, Name> all = new TreeMap<>();
        shortForms.forEach((alias, place) -> all.put(alias, new Name(place, false)));
        fullNames.forEach(
                (name, place) -> {
                    if (name.length() >= 2) {
                        all.put(name, new Name(place, true));
                    }
                });
        this.names = new AhoCorasickDoubleArrayTrie<>(all);
        TreeMap<String, String> shortFormNames = new TreeMap<>();
        anyShortForms.keySet().stream()
                .filter(alias -> alias.length() >= 2 && alias.length() <= 6)
                .forEach(alias -> shortFormNames.put(alias, alias));
        this.anyShortFormNames = new AhoCorasickDoubleArrayTrie<>(shortFormNames);
    }

    /** The place named exactly {@code text} (full name or accepted short form). */
    public Place lookup(String text) {
        Place place = fullNames.get(text);
        return place != null ? place : shortForms.get(text);
    }

    /**
     * For each offset of {@code text}, the end of the longest short form of a place starting there,
     * counting also short forms that are ordinary words (万年 of 万年县); 0 where none does.
     */
    public int[] anyShortFormEnds(String text) {
        int[] ends = new int[text.length() + 1];
        anyShortFormNames.parseText(
                text, (begin, end, name) -> ends[begin] = Math.max(ends[begin], end));
        return ends;
    }

    /** True when {@code text} is the full name of a place. */
    public boolean isFullName(String text) {
        return fullNames.containsKey(text);
    }

    /**
     * Every place named in {@code text}, longest match first, matches not overlapping. A short form
     * gives way to an overlapping name that starts inside it and is a full name or a higher-level
     * place: 从江西银行 is 江西, not 从江 (a county of Guizhou).
     */
    public List<Match> find(String text) {
        Match[] longest = longestByStart(text);
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match match = longest[i];
            if (match != null && !match.fullName() && yieldsToOverlap(longest, match)) {
                match = null;
            }
            if (match != null) {
                matches.add(match);
                i = match.end();
            } else {
                i++;
            }
        }
        return matches;
    }

    /**
     * The longest name starting at each offset of {@code text} (null where none does), found in one
     * Aho-Corasick pass: the gazetteer runs on every sentence, so it must not cost a lookup per
     * offset and length.
     */
    public Match[] longestByStart(String text) {
        Match[] longest = new Match[text.length()];
        names.parseText(
                text,
                (begin, end, name) -> {
                    if (longest[begin] == null || end > longest[begin].end()) {
                        longest[begin] = new Match(begin, end, name.place(), name.fullName());
                    }
                });
        return longest;
    }

    private static boolean yieldsToOverlap(Match[] longest, Match shortForm) {
        for (int j = shortForm.start() + 1; j < shortForm.end(); j++) {
            Match other = longest[j];
            if (other != null
                    && other.end() > shortForm.end()
                    && (other.fullName() || rank(other.place()) < rank(shortForm.place()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The places of the same level that share the name of {@code place} (三江镇 exists in many
     * provinces), the place included; just the place when its name is unique.
     */
    public List<Place> homonyms(Place place) {
        List<Place> same = homonyms.get(place.name());
        return same == null || !same.contains(place) ? List.of(place) : List.copyOf(same);
    }

    /** The province entry of a place's province, for regions. */
    public Place province(Place place) {
        return place.province().isEmpty() ? null : fullNames.get(place.province());
    }

    /** The city entry of a place's city, for regions. */
    public Place city(Place place) {
        if (place.kind().equals("city")) {
            return place;
        }
        return place.city().isEmpty() ? null : fullNames.get(place.city());
    }

    /** A short form that HanLP knows as an ordinary word (not a place name) is not used alone. */
    private static boolean ordinaryWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            if (nature.toString().startsWith("ns")) {
                return false;
            }
        }
        return true;
    }

    private static Place higherLevel(Place a, Place b) {
        return rank(a) <= rank(b) ? a : b;
    }

    private static int rank(Place place) {
        return switch (place.kind()) {
            case "province" -> 0;
            case "city" -> 1;
            case "county" -> 2;
            case "town" -> 3;
            default -> 4;
        };
    }
}
