package dev.ipwire.nlp.entities;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Geographic-indication products: a place (安溪, 盱眙县, 阳澄湖, old names such as 郫县) followed by a
 * product word ({@code lexicon/gi-products.txt}) — 安溪铁观音, 盱眙龙虾, 阳澄湖大闸蟹.
 *
 * <p>A name counts when a sentence ties it to geographic indications (地理标志, 地标产品, 原产地…), or when it
 * repeats a name so tied elsewhere in the article; a passing 烟台苹果 in a sales report is not a GI
 * product. The names' spans are also handed to the entity extractor so that 洛川 of 洛川苹果 is not
 * reported as a place.
 */
@Component
public class GiProductRecognizer {

    static final String PRODUCTS = "/ipwire/nlp/lexicon/gi-products.txt";

    /** Sentences that tie a product to geographic indications. */
    private static final Pattern GI_CONTEXT = Pattern.compile("地理标志|地标产品|地标品牌|原产地|地理标识|证明商标|集体商标");

    /** An old or colloquial county or city name: 郫县, 萧山. */
    private static final String NOT_COUNTY_NAME = "全本该各此这每两几多某";

    /** How many characters may stand between the place and the product word (福, 云雾, 铁观). */
    static final int MAX_MODIFIER = 3;

    /** Characters that never stand between a place and its product (盱眙还依托龙虾, 郫都区共有豆瓣). */
    private static final String NOT_MODIFIER = "还依托的在和是了等把被将从对也都就已又再并与及共有为以向到给让实施推进开展打造建设发展全";

    /** What follows a product word when it is part of an organization's name (盱眙县龙虾协会). */
    private static final Pattern ORGANIZATION_AFTER =
            Pattern.compile("^(?:[\\p{IsHan}]{0,6}?)(?:协会|公司|集团|合作社|研究所|研究院|中心|联盟|商会|厂)");

    private final PlaceGazetteer gazetteer;

    /** The product words, found in one Aho-Corasick pass per sentence. */
    private final AhoCorasickDoubleArrayTrie<String> productWords;

    public GiProductRecognizer(PlaceGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Set<String> words = new HashSet<>();
        for (List<String> section : Lexicons.sections(PRODUCTS, false).values()) {
            words.addAll(section);
        }
        TreeMap<String, String> byWord = new TreeMap<>();
        words.forEach(word -> byWord.put(word, word));
        this.productWords = new AhoCorasickDoubleArrayTrie<>(byWord);
    }

    /**
     * The GI products of an article.
     *
     * @param products names as written, in order of first mention
     * @param spans where they are, per sentence (simplified offsets)
     */
    public record Found(List<String> products, Map<Sentence, List<Span>> spans) {}

    public Found find(AnalyzedArticle article) {
        Set<String> tied = new LinkedHashSet<>();
        Map<Sentence, List<Span>> candidates = new LinkedHashMap<>();
        for (Sentence sentence : article.sentences()) {
            List<Span> spans = candidates(sentence.simplified());
            candidates.put(sentence, spans);
            if (GI_CONTEXT.matcher(sentence.simplified()).find()) {
                for (Span span : spans) {
                    tied.add(sentence.simplified().substring(span.start(), span.end()));
                }
            }
        }
        Map<String, String> written = new LinkedHashMap<>();
        Map<Sentence, List<Span>> kept = new LinkedHashMap<>();
        for (Map.Entry<Sentence, List<Span>> entry : candidates.entrySet()) {
            Sentence sentence = entry.getKey();
            for (Span span : entry.getValue()) {
                String name = sentence.simplified().substring(span.start(), span.end());
                if (tied.contains(name)) {
                    written.putIfAbsent(name, sentence.text().originalAt(span.start(), span.end()));
                    kept.computeIfAbsent(sentence, s -> new ArrayList<>()).add(span);
                }
            }
        }
        return new Found(List.copyOf(written.values()), kept);
    }

    /** Place + up to three characters + product word, longest first, not overlapping. */
    List<Span> candidates(String text) {
        List<Integer>[] productEnds = productEnds(text);
        if (productEnds == null) {
            return List.of(); // no product word: no name, and no need to look for places
        }
        PlaceGazetteer.Match[] places = gazetteer.longestByStart(text);
        int[] shortForms = gazetteer.anyShortFormEnds(text);
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int placeEnd = placeEnd(text, places, shortForms, i);
            Span found = null;
            if (placeEnd > i) {
                for (int start = placeEnd;
                        start <= Math.min(text.length(), placeEnd + MAX_MODIFIER) && found == null;
                        start++) {
                    if (start > placeEnd && NOT_MODIFIER.indexOf(text.charAt(start - 1)) >= 0) {
                        break;
                    }
                    List<Integer> ends = start < productEnds.length ? productEnds[start] : null;
                    for (int e = 0; ends != null && e < ends.size(); e++) {
                        int len = ends.get(e) - start;
                        if (!(len == 1 && continuesWord(text, start + 1))
                                && !ORGANIZATION_AFTER
                                        .matcher(
                                                text.substring(
                                                        start + len,
                                                        Math.min(text.length(), start + len + 10)))
                                        .find()) {
                            found = new Span(i, start + len);
                            break;
                        }
                    }
                    if (start < text.length() && !Character.isLetter(text.charAt(start))) {
                        break; // no punctuation inside a product name
                    }
                }
            }
            if (found != null) {
                spans.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return spans;
    }

    /**
     * For each offset, the ends of the product words starting there, longest first; null when the
     * text has none.
     */
    @SuppressWarnings("unchecked")
    private List<Integer>[] productEnds(String text) {
        List<Integer>[] ends = new List[text.length()];
        boolean[] any = {false};
        productWords.parseText(
                text,
                (begin, end, word) -> {
                    if (ends[begin] == null) {
                        ends[begin] = new ArrayList<>(2);
                    }
                    ends[begin].add(end);
                    any[0] = true;
                });
        if (!any[0]) {
            return null;
        }
        for (List<Integer> at : ends) {
            if (at != null && at.size() > 1) {
                at.sort(Comparator.reverseOrder());
            }
        }
        return ends;
    }

    /**
     * End of the longest place name (full, short form or county-like) starting at {@code i}, else
     * i.
     */
    private int placeEnd(String text, PlaceGazetteer.Match[] places, int[] shortForms, int i) {
        if (places[i] != null) {
            return places[i].end();
        }
        if (shortForms[i] > i) {
            return shortForms[i];
        }
        boolean countyLike =
                i + 1 < text.length()
                        && "县市".indexOf(text.charAt(i + 1)) >= 0
                        && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN
                        && NOT_COUNTY_NAME.indexOf(text.charAt(i)) < 0;
        return countyLike ? i + 2 : i;
    }

    /** A one-character product word that is the start of a longer word: 茶 of 茶叶, 鸡 of 鸡蛋. */
    private static boolean continuesWord(String text, int next) {
        return next < text.length()
                && Character.UnicodeScript.of(text.charAt(next)) == Character.UnicodeScript.HAN
                && "的、等和与及产地".indexOf(text.charAt(next)) < 0;
    }
}
