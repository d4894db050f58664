package dev.ipwire.nlp.entities;

import dev.ipwire.contracts.Entities;
import dev.ipwire.contracts.Entity;
import dev.ipwire.contracts.Region;
import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.Sentence;
import dev.ipwire.nlp.analysis.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Persons, places and organizations of an article, counted per surface form as written.
 *
 * <p>Order matters: organizations first (their names contain places and sometimes names), then
 * persons outside them, then places outside both — "places are names standing alone, not inside an
 * organization or product name". {@code avoid} spans (GI products) are excluded for places too.
 */
@Component
public class EntityExtractor {

    /** Feature suffixes that make a HanLP place word a place even when no gazetteer knows it. */
    private static final Pattern FEATURE =
            Pattern.compile(".{1,8}(山|湖|岛|河|江|海|湾|岭|峰|峡|谷|滩|广场|走廊|公园|港|镇|乡|村|街道|社区|盆地|平原|高原)$");

    /** Place words HanLP emits that are parts of phrases (知识产权强省 → 强省). */
    private static final Set<String> NOT_PLACES =
            Set.of(
                    "强省", "强市", "强区", "强县", "大国", "强国", "全省", "全市", "全区", "全县", "全国", "本市", "本省",
                    "两区", "各地", "当地", "外地", "内地", "境外", "境内", "海外", "国内", "国外", "城乡", "农村", "乡村");

    private final OrganizationRecognizer organizations;
    private final PersonRecognizer persons;
    private final PlaceGazetteer gazetteer;

    public EntityExtractor(
            OrganizationRecognizer organizations,
            PersonRecognizer persons,
            PlaceGazetteer gazetteer) {
        this.organizations = organizations;
        this.persons = persons;
        this.gazetteer = gazetteer;
    }

    /**
     * The entities and regions of an article.
     *
     * @param entities persons, places, organizations
     * @param regions provinces and cities the places belong to, most mentioned first
     */
    public record Found(Entities entities, List<Region> regions) {}

    public Found extract(AnalyzedArticle article, Map<Sentence, List<Span>> avoid) {
        Counter personCounter = new Counter();
        Counter placeCounter = new Counter();
        Counter orgCounter = new Counter();
        Map<String, Integer> regionCounts = new LinkedHashMap<>();
        Map<String, Region> regionByName = new LinkedHashMap<>();
        for (Sentence sentence : article.sentences()) {
            String text = sentence.simplified();
            List<Token> tokens = sentence.tokens();
            List<PlaceGazetteer.Match> places = gazetteer.find(text);
            List<Span> orgSpans = organizations.find(text, tokens, places);
            for (Span span : orgSpans) {
                String name = text.substring(span.start(), span.end());
                orgCounter.add(
                        sentence.text().originalAt(span.start(), span.end()),
                        organizations.normalized(name));
            }
            List<Span> taken = new ArrayList<>(orgSpans);
            taken.addAll(avoid.getOrDefault(sentence, List.of()));
            List<Span> personSpans = persons.find(text, tokens, taken);
            for (Span span : personSpans) {
                personCounter.add(
                        sentence.text().originalAt(span.start(), span.end()),
                        text.substring(span.start(), span.end()));
            }
            taken.addAll(personSpans);
            for (Span span : placeSpans(text, tokens, places, taken)) {
                String written = sentence.text().originalAt(span.start(), span.end());
                String name = text.substring(span.start(), span.end());
                Place place = gazetteer.lookup(name);
                placeCounter.add(written, place != null ? place.name() : name);
                if (place != null) {
                    countRegions(place, regionCounts, regionByName);
                }
            }
        }
        List<Region> regions =
                regionCounts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(e -> regionByName.get(e.getKey()))
                        .toList();
        return new Found(
                new Entities(
                        personCounter.entities(), placeCounter.entities(), orgCounter.entities()),
                regions);
    }

    private List<Span> placeSpans(
            String text, List<Token> tokens, List<PlaceGazetteer.Match> places, List<Span> taken) {
        List<Span> found = new ArrayList<>();
        for (PlaceGazetteer.Match match : places) {
            boolean alignedShortForm =
                    match.fullName()
                            || (startsToken(tokens, match.start())
                                    && endsToken(tokens, match.end()));
            if (alignedShortForm) {
                found.add(new Span(match.start(), match.end()));
            }
        }
        for (Token token : tokens) {
            if (token.isPlace()
                    && token.text().length() >= 2
                    && !NOT_PLACES.contains(token.text())
                    && (gazetteer.lookup(token.text()) != null
                            || FEATURE.matcher(token.text()).matches())) {
                found.add(new Span(token.start(), token.end()));
            }
        }
        List<Span> kept = new ArrayList<>();
        for (Span span : OrganizationRecognizer.longestFirst(found)) {
            if (taken.stream().noneMatch(t -> t.overlaps(span))) {
                kept.add(span);
            }
        }
        return kept;
    }

    private void countRegions(
            Place place, Map<String, Integer> counts, Map<String, Region> byName) {
        Place province = gazetteer.province(place);
        if (province != null) {
            counts.merge(province.name(), 1, Integer::sum);
            byName.putIfAbsent(
                    province.name(), new Region(province.name(), province.code(), province.name()));
        }
        Place city = gazetteer.city(place);
        if (city != null && province != null && !city.name().equals(province.name())) {
            counts.merge(city.name(), 1, Integer::sum);
            byName.putIfAbsent(city.name(), new Region(city.name(), city.code(), province.name()));
        }
    }

    private static boolean startsToken(List<Token> tokens, int offset) {
        return tokens.stream().anyMatch(t -> t.start() == offset);
    }

    private static boolean endsToken(List<Token> tokens, int offset) {
        return tokens.stream().anyMatch(t -> t.end() == offset);
    }

    /** Mentions per surface form, with the first normalized form seen. */
    private static final class Counter {
        private final Map<String, Integer> mentions = new LinkedHashMap<>();
        private final Map<String, String> normalized = new LinkedHashMap<>();

        void add(String written, String normal) {
            mentions.merge(written, 1, Integer::sum);
            normalized.putIfAbsent(written, normal);
        }

        List<Entity> entities() {
            List<Entity> entities = new ArrayList<>();
            mentions.forEach(
                    (text, count) -> entities.add(new Entity(text, normalized.get(text), count)));
            return entities;
        }
    }
}
