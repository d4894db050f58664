package dev.ipwire.nlp.entities;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import dev.ipwire.nlp.analysis.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Finds persons' names in a segmented sentence.
 *
 * <p>HanLP's role tagging finds many names but also fragments (万余件 → 余件, 占比) and cuts names short
 * (吴晓/岚). Names supported by their context are <em>strong</em>: a title before them (法官吴晓岚,
 * 养殖户周德富), a speech verb after them (程雨萌说), a byline (记者龙燕, 责任编辑：宋佳怡) or an interpunct (古丽米拉·艾力,
 * cut at the words around it). HanLP's own candidates are <em>weak</em>: they must look like a name
 * (known surname, no number word before, not an ordinary word, no character that never occurs in a
 * given name, not in quotes) and, being error-prone when short, are kept by {@link EntityExtractor}
 * only when three characters long or confirmed by a strong mention elsewhere in the article.
 */
@Component
public class PersonRecognizer {

    static final String SURNAMES = "/ipwire/nlp/lexicon/surnames.txt";
    static final String CONTEXT = "/ipwire/nlp/lexicon/person-context.txt";

    /**
     * Surnames that are everyday words too: a bare HanLP guess starting with one is not trusted.
     */
    private static final String AMBIGUOUS_SURNAMES = "和向都从同于也及经为以在由对给比连占单商区高管查费麻有来上下中前后东西南北时文";

    /** What may follow a name: punctuation, a particle or a verb (养殖户周德富正在…). */
    private static final String NAME_FOLLOWERS =
            "，。、；：！？”“（）()·\s等在和与也还就正对是说表介认指告称曾已将从把被向的了今去近坦透强建回感解提直谈呼举笑补一家";

    /** Characters that do not occur in a given name (they end or follow one). */
    private static final String NOT_IN_GIVEN_NAME =
            "的了是在和与及等说表介认指告称也都就将对从到为被把让给向以于由件户比有里作出者们个项次名位元年日号亩"
                    + "余多万亿千百已还又再并且或其该此这那各每某些所之而很更最市省县区镇乡村院审理局部会司厅委处校用营能标";

    /** What may stand right before a speaker's name: 。程雨萌说, 的付金华介绍. */
    private static final String SPEAKER_BOUNDARY = "，。、；：！？”“ \t\n的）)";

    private static final Pattern QUOTED = Pattern.compile("“[^”]{1,20}”|《[^》]{1,30}》|「[^」]{1,20}」");

    private static final Pattern NUMBER_BEFORE = Pattern.compile("[0-9０-９一二三四五六七八九十百千万亿两几多余]");

    /** Where the name part before an interpunct ends on the right: 吐尔逊家有果园 → 吐尔逊. */
    private static final Pattern INTERPUNCT_RIGHT_END =
            Pattern.compile("家|的|以|在|等|和|与|获得|夺得|说|表示|介绍|[，。、；：！？“”（）()\\s]");

    private static final Pattern BYLINE_ROLE =
            Pattern.compile("(?:责任编辑|責任編輯|编辑|編輯|记者|記者|通讯员|通訊員|实习生|實習生)[\\s:：]*");
    private static final Pattern BYLINE_STOP =
            Pattern.compile("责任编辑|责任編輯|编辑|編輯|记者|記者|通讯员|通訊員|实习生|報道|报道|摄|攝|[）)\\]】\\s、，,。；：]");

    /**
     * A name found in a sentence.
     *
     * @param span where
     * @param strong supported by context (not only by HanLP's guess)
     */
    public record Candidate(Span span, boolean strong) {}

    /** The kinds of evidence for a name, each measured on its own in {@code docs/QUALITY.md}. */
    public enum Cue {
        /** A title or role before the name: 法官吴晓岚, 养殖户周德富. */
        TITLE,
        /** A speech verb after the name: 程雨萌说, 付金华介绍. */
        SPEECH,
        /** A byline: 记者龙燕 通讯员罗明杰, 责任编辑：宋佳怡. */
        BYLINE,
        /** A transliterated name joined by an interpunct: 古丽米拉·艾力. */
        INTERPUNCT,
        /** HanLP's own guess, filtered (surname, given-name characters, not an ordinary word). */
        HANLP_FILTERED,
        /** HanLP's own guess as it comes, without the filters: only for measuring them. */
        HANLP_UNFILTERED
    }

    /** Every cue a production recognizer uses. */
    public static final Set<Cue> ALL_CUES =
            Set.of(Cue.TITLE, Cue.SPEECH, Cue.BYLINE, Cue.INTERPUNCT, Cue.HANLP_FILTERED);

    private final Set<Cue> cues;

    private final Set<String> surnames = new HashSet<>();
    private final List<String> titles;
    private final List<String> verbs;

    /** Titles and speech verbs, each found in one Aho-Corasick pass over a sentence. */
    private final AhoCorasickDoubleArrayTrie<String> titleWords;

    private final AhoCorasickDoubleArrayTrie<String> verbWords;

    private final PlaceGazetteer gazetteer;

    @Autowired
    public PersonRecognizer(PlaceGazetteer gazetteer) {
        this(gazetteer, ALL_CUES);
    }

    /** A recognizer using only some cues, for measuring what each adds. */
    public PersonRecognizer(PlaceGazetteer gazetteer, Set<Cue> cues) {
        this.cues = Set.copyOf(cues);
        this.gazetteer = gazetteer;
        surnames.addAll(Lexicons.sections(SURNAMES, false).getOrDefault("", List.of()));
        Map<String, List<String>> context = Lexicons.sections(CONTEXT, true);
        this.titles = byLengthDescending(context.get("titles"));
        this.verbs = byLengthDescending(context.get("verbs"));
        this.titleWords = automaton(titles);
        this.verbWords = automaton(verbs);
    }

    /** The name candidates of one sentence (spans of its simplified text) outside {@code taken}. */
    public List<Candidate> find(String text, List<Token> tokens, List<Span> taken) {
        List<Candidate> found = new ArrayList<>();
        // Overlapping search: 律师事务所律师付强 holds a second title right after the first.
        if (cues.contains(Cue.TITLE)) {
            // A title, maybe a colon or space, then up to four characters of name.
            int[] titleEnds = longestHitByStart(titleWords, text);
            for (int begin = 0; begin < text.length(); begin++) {
                if (titleEnds[begin] > 0) {
                    int start = titleEnds[begin];
                    while (start < text.length() && " \t:：".indexOf(text.charAt(start)) >= 0) {
                        start++;
                    }
                    int end = start;
                    while (end < text.length() && end - start < 4 && isHan(text.charAt(end))) {
                        end++;
                    }
                    if (end - start >= 2) {
                        addLongestName(found, text, start, end);
                    }
                }
            }
        }
        if (cues.contains(Cue.SPEECH)) {
            // Up to four characters of name between a boundary and a speech verb.
            boolean[] verbAt = new boolean[text.length() + 1];
            verbWords.parseText(text, (begin, end, verb) -> verbAt[begin] = true);
            for (int verb = 2; verb < text.length(); verb++) {
                if (verbAt[verb]) {
                    addSpeaker(found, text, verb);
                }
            }
        }
        if (cues.contains(Cue.BYLINE)) {
            addBylineNames(found, text);
        }
        if (cues.contains(Cue.INTERPUNCT)) {
            addInterpunctNames(found, text);
        }
        List<Span> quoted = quotedSpans(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isPerson()) {
                continue;
            }
            if (cues.contains(Cue.HANLP_UNFILTERED)) {
                found.add(new Candidate(new Span(token.start(), token.end()), true));
                continue;
            }
            if (!cues.contains(Cue.HANLP_FILTERED)) {
                continue;
            }
            int end = token.end();
            // 吴晓/nr 岚 表示: HanLP cut the given name short.
            if (token.text().length() == 2 && i + 2 < tokens.size()) {
                Token next = tokens.get(i + 1);
                if (next.text().length() == 1
                        && NOT_IN_GIVEN_NAME.indexOf(next.text().charAt(0)) < 0
                        && startsWithAny(tokens.get(i + 2).text(), verbs)) {
                    end = next.end();
                }
            }
            Span span = new Span(token.start(), end);
            if (AMBIGUOUS_SURNAMES.indexOf(text.charAt(span.start())) >= 0) {
                continue;
            }
            if (looksLikeName(text, span.start(), span.end(), true)
                    && quoted.stream().noneMatch(q -> q.contains(span))) {
                found.add(new Candidate(span, false));
            }
        }
        List<Candidate> kept = new ArrayList<>();
        List<Span> spans =
                OrganizationRecognizer.longestFirst(found.stream().map(Candidate::span).toList());
        for (Span span : spans) {
            if (taken.stream().anyMatch(t -> t.overlaps(span))) {
                continue;
            }
            boolean strong = found.stream().anyMatch(c -> c.strong() && c.span().equals(span));
            kept.add(new Candidate(span, strong));
        }
        return kept;
    }

    /** The longest name-sized run of characters after a boundary that ends at a speech verb. */
    private void addSpeaker(List<Candidate> found, String text, int verb) {
        for (int length = 4; length >= 2; length--) {
            int start = verb - length;
            if (start < 0) {
                continue;
            }
            boolean han = true;
            for (int k = start; k < verb && han; k++) {
                han = isHan(text.charAt(k));
            }
            if (han && (start == 0 || SPEAKER_BOUNDARY.indexOf(text.charAt(start - 1)) >= 0)) {
                addNameEndingAt(found, text, start, verb);
                return;
            }
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** For each offset, the end of the longest word of {@code words} starting there, else 0. */
    private static int[] longestHitByStart(AhoCorasickDoubleArrayTrie<String> words, String text) {
        int[] ends = new int[text.length() + 1];
        words.parseText(text, (begin, end, word) -> ends[begin] = Math.max(ends[begin], end));
        return ends;
    }

    private static AhoCorasickDoubleArrayTrie<String> automaton(List<String> words) {
        TreeMap<String, String> map = new TreeMap<>();
        words.forEach(word -> map.put(word, word));
        return new AhoCorasickDoubleArrayTrie<>(map);
    }

    /** A name right before a speech verb: it ends there (…的程雨萌说, 法院审理认为 has none). */
    private void addNameEndingAt(List<Candidate> found, String text, int start, int end) {
        for (int s = start; end - s >= 2; s++) {
            if (looksLikeName(text, s, end, false)) {
                found.add(new Candidate(new Span(s, end), true));
                return;
            }
        }
    }

    /** The longest name that {@code text[start, end)} starts with (养殖户周德富正在 → 周德富). */
    private void addLongestName(List<Candidate> found, String text, int start, int end) {
        for (int e = end; e - start >= 2; e--) {
            int next = e;
            boolean boundary =
                    e >= text.length()
                            || NAME_FOLLOWERS.indexOf(text.charAt(e)) >= 0
                            || gazetteer
                                    .find(text.substring(e, Math.min(text.length(), e + 8)))
                                    .stream()
                                    .anyMatch(m -> m.start() == 0); // 记者李翠珊江门报道: a place ends the
            // name
            if (boundary && looksLikeName(text, start, e, false)) {
                found.add(new Candidate(new Span(start, e), true));
                return;
            }
        }
    }

    /** 记者龙燕通讯员罗明杰, 记者 许晨曦 通讯员 吴海洋, 责任编辑：宋佳怡. */
    private void addBylineNames(List<Candidate> found, String text) {
        if (!text.contains("记者")
                && !text.contains("記者")
                && !text.contains("编")
                && !text.contains("編")
                && !text.contains("通讯员")
                && !text.contains("通訊員")
                && !text.contains("实习生")
                && !text.contains("實習生")) {
            return; // no byline role in the sentence: skip the pattern
        }
        Matcher role = BYLINE_ROLE.matcher(text);
        while (role.find()) {
            int at = role.end();
            // Several names may follow one role: 记者 张三、李四.
            for (int names = 0; names < 4 && at < text.length(); names++) {
                Matcher stop = BYLINE_STOP.matcher(text);
                int end = stop.find(at) ? stop.start() : text.length();
                if (end - at >= 2 && end - at <= 4 && looksLikeName(text, at, end, false)) {
                    found.add(new Candidate(new Span(at, end), true));
                } else if (end - at >= 2
                        && end - at <= 16
                        && text.substring(at, end).contains("·")) {
                    found.add(new Candidate(new Span(at, end), true));
                } else {
                    break;
                }
                at = end;
                while (at < text.length() && (text.charAt(at) == '、' || text.charAt(at) == ' ')) {
                    at++;
                }
            }
        }
    }

    /** Transliterated names (古丽米拉·艾力), cut at the title before and the words after them. */
    private void addInterpunctNames(List<Candidate> found, String text) {
        for (int dot = text.indexOf('·'); dot >= 0; dot = text.indexOf('·', dot + 1)) {
            int start = dot;
            while (start > 0
                    && start > dot - 8
                    && Character.UnicodeScript.of(text.charAt(start - 1))
                            == Character.UnicodeScript.HAN) {
                start--;
            }
            String left = text.substring(start, dot);
            int cut = 0;
            List<String> markers = new ArrayList<>(titles);
            markers.addAll(List.of("选手", "运动员", "冠军", "的", "农", "民"));
            for (String marker : markers) {
                int at = left.lastIndexOf(marker);
                if (at >= 0) {
                    cut = Math.max(cut, at + marker.length());
                }
            }
            start += cut;
            int end = dot + 1;
            int limit = Math.min(text.length(), dot + 9);
            Matcher stop = INTERPUNCT_RIGHT_END.matcher(text).region(dot + 1, limit);
            end = stop.find() ? stop.start() : limit;
            while (end < text.length() && end < limit && text.charAt(end) == '·') {
                end++; // a third part: X·Y·Z
            }
            boolean placeInside = !gazetteer.find(text.substring(start, end)).isEmpty();
            if (dot - start >= 2
                    && end - dot - 1 >= 2
                    && noDigits(text, start, end)
                    && !placeInside) {
                found.add(new Candidate(new Span(start, end), true));
            }
        }
    }

    private static boolean noDigits(String text, int start, int end) {
        return text.substring(start, end).chars().noneMatch(Character::isDigit);
    }

    /** Spans inside “…” or 《…》 — names of products, campaigns and works, not persons. */
    private static List<Span> quotedSpans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            spans.add(new Span(quoted.start(), quoted.end()));
        }
        return spans;
    }

    /** Whether text[start, end) reads as a Chinese personal name. */
    boolean looksLikeName(String text, int start, int end, boolean strict) {
        String name = text.substring(start, end);
        int length = name.length();
        if (length < 2 || length > 4) {
            return false;
        }
        String surname =
                length >= 3 && surnames.contains(name.substring(0, 2))
                        ? name.substring(0, 2)
                        : name.substring(0, 1);
        if (!surnames.contains(surname)) {
            return false;
        }
        String given = name.substring(surname.length());
        if (given.isEmpty() || given.length() > 2 || given.contains("某")) {
            return false;
        }
        for (char c : given.toCharArray()) {
            if (NOT_IN_GIVEN_NAME.indexOf(c) >= 0
                    || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        if (start > 0 && NUMBER_BEFORE.matcher(text.substring(start - 1, start)).matches()) {
            return false;
        }
        if (titles.contains(name) || verbs.contains(name)) {
            return false;
        }
        return !strict || !ordinaryWord(name);
    }

    /** A word HanLP's dictionary knows, and not as a name (占比, 都有, 高出). */
    private static boolean ordinaryWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            if (nature.toString().startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithAny(String word, List<String> candidates) {
        return candidates.stream().anyMatch(word::startsWith);
    }

    private static List<String> byLengthDescending(List<String> words) {
        List<String> sorted = new ArrayList<>(words == null ? List.of() : words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }
}
