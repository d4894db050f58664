package dev.ipwire.nlp.entities;

import dev.ipwire.contracts.Entities;
import dev.ipwire.contracts.Entity;
import dev.ipwire.contracts.Region;
import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.Sentence;
import dev.ipwire.nlp.analysis.Token;
import java.util.ArrayList;
import java.util.HashSet;
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
 * organization or product name". {@code avoid} spans (GI products) are excluded for persons and
 * places. HanLP-only person names are decided for the whole article (see {@link PersonRecognizer}).
 */
@Component
public class EntityExtractor {

    /** Feature suffixes that make a HanLP place word a place even when no gazetteer knows it. */
    private static final Pattern FEATURE =
            Pattern.compile(".{1,8}(山|湖|岛|河|江|海|湾|岭|峰|峡|谷|滩|广场|走廊|公园|镇|乡|村|街道|社区|盆地|平原|高原)$");

    /** Place words HanLP emits that are parts of phrases (知识产权强省 → 强省). */
    private static final Set<String> NOT_PLACES =
            Set.of(
                    "强省", "强市", "强区", "强县", "大国", "强国", "全省", "全市", "全区", "全县", "全国", "本市", "本省",
                    "两区", "各地", "当地", "外地", "内地", "境外", "境内", "海外", "国内", "国外", "城乡", "农村", "乡村",
                    "茶山", "农场", "山区", "林区", "牧区", "库区", "湖区", "景区", "城区", "郊区");

    /** Zones named after their place: a province in front of them is a place of its own. */
    private static final Pattern ZONE = Pattern.compile("(高新区|开发区|经开区|园区|科技城|新区)$");

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

    /** A person candidate waiting for the article-level decision. */
    private record PendingPerson(Sentence sentence, PersonRecognizer.Candidate candidate) {
        String simplified() {
            return sentence.simplified()
                    .substring(candidate.span().start(), candidate.span().end());
        }

        String written() {
            return sentence.text().originalAt(candidate.span().start(), candidate.span().end());
        }
    }

    public Found extract(AnalyzedArticle article, Map<Sentence, List<Span>> avoid) {
        Counter personCounter = new Counter();
        Counter placeCounter = new Counter();
        Counter orgCounter = new Counter();
        Map<String, Integer> regionCounts = new LinkedHashMap<>();
        List<Place> regionPlaces = new ArrayList<>();
        Map<String, Region> regionByName = new LinkedHashMap<>();
        List<PendingPerson> pendingPersons = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            String text = sentence.simplified();
            List<Token> tokens = sentence.tokens();
            List<PlaceGazetteer.Match> places = gazetteer.find(text);
            List<Span> orgSpans = new ArrayList<>();
            for (Span span : organizations.find(text, tokens, places)) {
                Span name = withoutLeadingProvince(text, span, places);
                orgSpans.add(name);
                orgCounter.add(
                        sentence.text().originalAt(name.start(), name.end()),
                        organizations.normalized(text.substring(name.start(), name.end())));
            }
            List<Span> taken = new ArrayList<>(orgSpans);
            taken.addAll(avoid.getOrDefault(sentence, List.of()));
            // 南宁市市场监督管理局, 江西银行: not places of their own, but they tell where the article
            // is about. Bare county short forms are too ambiguous there (东湖 of 东湖高新区).
            for (PlaceGazetteer.Match match : places) {
                boolean unambiguous =
                        match.fullName()
                                || match.place().kind().equals("province")
                                || match.place().kind().equals("city");
                if (unambiguous
                        && taken.stream()
                                .anyMatch(
                                        t ->
                                                t.start() == match.start()
                                                        && t.end() >= match.end())) {
                    regionPlaces.add(match.place());
                }
            }
            List<Span> personTaken = new ArrayList<>(taken);
            for (PlaceGazetteer.Match match : places) {
                if (match.fullName()) {
                    personTaken.add(new Span(match.start(), match.end()));
                }
            }
            for (PersonRecognizer.Candidate candidate : persons.find(text, tokens, personTaken)) {
                pendingPersons.add(new PendingPerson(sentence, candidate));
                taken.add(candidate.span());
            }
            for (Span span : placeSpans(text, tokens, places, taken)) {
                String name = text.substring(span.start(), span.end());
                Place place = gazetteer.lookup(name);
                placeCounter.add(
                        sentence.text().originalAt(span.start(), span.end()),
                        place != null ? place.name() : name);
                if (place != null) {
                    regionPlaces.add(place);
                }
            }
        }
        Set<String> names = new HashSet<>();
        for (PendingPerson person : pendingPersons) {
            names.add(person.simplified());
        }
        Set<String> confirmed = new HashSet<>();
        for (PendingPerson person : pendingPersons) {
            if (person.candidate().strong()) {
                confirmed.add(person.simplified());
            }
        }
        for (PendingPerson person : pendingPersons) {
            String name = person.simplified();
            boolean truncated =
                    names.stream().anyMatch(n -> n.length() > name.length() && n.startsWith(name));
            if (!truncated
                    && (person.candidate().strong()
                            || name.length() >= 3
                            || confirmed.contains(name))) {
                personCounter.add(person.written(), name);
            }
        }
        for (Place place : resolveHomonyms(regionPlaces)) {
            countRegions(place, regionCounts, regionByName);
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

    /** 湖北东湖高新区 → 东湖高新区: the zone's name, with the province left as a place. */
    private static Span withoutLeadingProvince(
            String text, Span span, List<PlaceGazetteer.Match> places) {
        String name = text.substring(span.start(), span.end());
        if (!ZONE.matcher(name).find()) {
            return span;
        }
        for (PlaceGazetteer.Match match : places) {
            if (match.start() == span.start()
                    && match.place().kind().equals("province")
                    && !match.place().name().endsWith("市") // 天津滨海高新区 keeps its municipality
                    && span.end() - match.end() >= 4) {
                return new Span(match.end(), span.end());
            }
        }
        return span;
    }

    private List<Span> placeSpans(
            String text, List<Token> tokens, List<PlaceGazetteer.Match> places, List<Span> taken) {
        List<Span> found = new ArrayList<>();
        for (PlaceGazetteer.Match match : places) {
            if (match.fullName()
                    || (startsToken(tokens, match.start()) && endsToken(tokens, match.end()))) {
                found.add(new Span(match.start(), match.end()));
            }
        }
        for (Token token : tokens) {
            if (!token.isPlace()) {
                continue;
            }
            if (!gazetteer.find(token.text()).isEmpty() && gazetteer.lookup(token.text()) == null) {
                continue; // 沿黄河, 上潜江: the gazetteer's match inside the word is the place
            }
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

    /**
     * Places whose name several places bear (三江镇) are taken to be the one in a province the article
     * names otherwise; when none is, they are left out of the regions rather than guessed.
     */
    private List<Place> resolveHomonyms(List<Place> places) {
        Set<String> provinces = new HashSet<>();
        for (Place place : places) {
            if (gazetteer.homonyms(place).size() == 1) {
                Place province = gazetteer.province(place);
                if (province != null) {
                    provinces.add(province.name());
                }
            }
        }
        List<Place> resolved = new ArrayList<>();
        for (Place place : places) {
            List<Place> candidates = gazetteer.homonyms(place);
            if (candidates.size() == 1) {
                resolved.add(place);
                continue;
            }
            candidates.stream()
                    .filter(
                            candidate -> {
                                Place province = gazetteer.province(candidate);
                                return province != null && provinces.contains(province.name());
                            })
                    .findFirst()
                    .ifPresent(resolved::add);
        }
        return resolved;
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
