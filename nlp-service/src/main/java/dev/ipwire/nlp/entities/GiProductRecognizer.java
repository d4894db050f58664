package dev.ipwire.nlp.entities;

import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
    private static final Pattern COUNTY_LIKE = Pattern.compile("[\\p{IsHan}&&[^全本该各此这每两几多某]][县市]");

    /** How many characters may stand between the place and the product word (福, 云雾, 铁观). */
    static final int MAX_MODIFIER = 3;

    /** Characters that never stand between a place and its product (盱眙还依托龙虾, 郫都区共有豆瓣). */
    private static final String NOT_MODIFIER = "还依托的在和是了等把被将从对也都就已又再并与及共有为以向到给让实施推进开展打造建设发展全";

    /** What follows a product word when it is part of an organization's name (盱眙县龙虾协会). */
    private static final Pattern ORGANIZATION_AFTER =
            Pattern.compile("^(?:[\\p{IsHan}]{0,6}?)(?:协会|公司|集团|合作社|研究所|研究院|中心|联盟|商会|厂)");

    private final PlaceGazetteer gazetteer;
    private final Set<String> products;
    private final int longestProduct;

    public GiProductRecognizer(PlaceGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Set<String> words = new HashSet<>();
        for (List<String> section : Lexicons.sections(PRODUCTS, false).values()) {
            words.addAll(section);
        }
        this.products = Set.copyOf(words);
        this.longestProduct = products.stream().mapToInt(String::length).max().orElse(1);
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
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int placeEnd = placeEnd(text, i);
            Span found = null;
            if (placeEnd > i) {
                for (int start = placeEnd;
                        start <= Math.min(text.length(), placeEnd + MAX_MODIFIER) && found == null;
                        start++) {
                    if (start > placeEnd && NOT_MODIFIER.indexOf(text.charAt(start - 1)) >= 0) {
                        break;
                    }
                    for (int len = Math.min(longestProduct, text.length() - start);
                            len >= 1;
                            len--) {
                        if (products.contains(text.substring(start, start + len))
                                && !(len == 1 && continuesWord(text, start + 1))
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
     * End of the longest place name (full, short form or county-like) starting at {@code i}, else
     * i.
     */
    private int placeEnd(String text, int i) {
        for (PlaceGazetteer.Match match :
                gazetteer.find(text.substring(i, Math.min(text.length(), i + 12)))) {
            if (match.start() == 0) {
                return i + match.end();
            }
            break;
        }
        int shortForm = gazetteer.anyShortFormEnd(text, i);
        if (shortForm > i) {
            return shortForm;
        }
        Matcher county = COUNTY_LIKE.matcher(text).region(i, Math.min(text.length(), i + 3));
        return county.lookingAt() ? county.end() : i;
    }

    /** A one-character product word that is the start of a longer word: 茶 of 茶叶, 鸡 of 鸡蛋. */
    private static boolean continuesWord(String text, int next) {
        return next < text.length()
                && Character.UnicodeScript.of(text.charAt(next)) == Character.UnicodeScript.HAN
                && "的、等和与及产地".indexOf(text.charAt(next)) < 0;
    }
}
