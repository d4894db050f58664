package dev.ipwire.nlp.entities;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import dev.ipwire.nlp.analysis.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds persons' names in a segmented sentence.
 *
 * <p>HanLP's role tagging finds many names but also fragments (万余件 → 余件, 占比) and cuts names short
 * (吴晓/岚). A name is therefore accepted when it is supported: by its context — a title before it
 * (法官吴晓岚), a speech verb after it (程雨萌说), a byline (记者 沈佳音, 责任编辑：宋佳怡) — or, for HanLP's candidates,
 * by looking like a name: a known surname, no number word before it, not an ordinary word, no
 * character that never ends a given name. Names with an interpunct (古丽米拉·艾力) are taken as written.
 */
@Component
public class PersonRecognizer {

    static final String SURNAMES = "/ipwire/nlp/lexicon/surnames.txt";
    static final String CONTEXT = "/ipwire/nlp/lexicon/person-context.txt";

    /** Characters that do not occur in a given name (they end or follow one). */
    private static final String NOT_IN_GIVEN_NAME =
            "的了是在和与及等说表介认指告称也都就将对从到为被把让给向以于由件户比有里作出者们个项次名位元年月日号亩家" + "余多万亿千百已还又再并且或其该此这那各每某些所之而很更最";

    private static final Pattern INTERPUNCT_NAME =
            Pattern.compile("[\\p{IsHan}]{2,8}·[\\p{IsHan}]{2,8}(?:·[\\p{IsHan}]{2,8})?");
    private static final Pattern NUMBER_BEFORE = Pattern.compile("[0-9０-９一二三四五六七八九十百千万亿两几多余]$");

    private final Set<String> surnames = new HashSet<>();
    private final List<String> titles;
    private final List<String> verbs;
    private final Pattern titled;
    private final Pattern speaking;
    private final Pattern byline;

    public PersonRecognizer() {
        surnames.addAll(Lexicons.sections(SURNAMES, false).getOrDefault("", List.of()));
        Map<String, List<String>> context = Lexicons.sections(CONTEXT, true);
        this.titles = byLengthDescending(context.get("titles"));
        this.verbs = byLengthDescending(context.get("verbs"));
        String title = String.join("|", titles);
        String verb = String.join("|", verbs);
        // 负责人任志强表示 / 法官吴晓岚: a title, then the name.
        this.titled =
                Pattern.compile(
                        "(?:"
                                + title
                                + ")[\\s:：]*([\\p{IsHan}]{2,4})(?="
                                + verb
                                + "|[，。、；：！？“”\\s（(]|等|在|和|与|$)");
        // ……的程雨萌说 / 。王清水表示: the name right before a speech verb.
        this.speaking = Pattern.compile("(?:^|[，。、；：！？”“\\s的])([\\p{IsHan}]{2,4})(?=" + verb + ")");
        this.byline =
                Pattern.compile(
                        "(?:记者|記者|通讯员|通訊員|实习生|编辑|編輯|责任编辑|責任編輯)[\\s:：]*"
                            + "([\\p{IsHan}]{2,4}(?:·[\\p{IsHan}]{2,8})?)(?:[\\s、，,]+([\\p{IsHan}]{2,4}))?");
    }

    /** The persons of one sentence (spans of its simplified text), outside {@code taken} spans. */
    public List<Span> find(String text, List<Token> tokens, List<Span> taken) {
        List<Span> found = new ArrayList<>();
        for (Pattern pattern : List.of(titled, speaking)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                addName(found, text, matcher.start(1), matcher.end(1));
            }
        }
        Matcher bylines = byline.matcher(text);
        while (bylines.find()) {
            for (int g = 1; g <= 2; g++) {
                if (bylines.group(g) != null) {
                    addName(found, text, bylines.start(g), bylines.end(g));
                }
            }
        }
        Matcher interpunct = INTERPUNCT_NAME.matcher(text);
        while (interpunct.find()) {
            found.add(new Span(interpunct.start(), interpunct.end()));
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isPerson()) {
                continue;
            }
            int end = token.end();
            // 吴晓/nr 岚 表示: HanLP cut the given name short.
            if (token.text().length() == 2 && i + 1 < tokens.size()) {
                Token next = tokens.get(i + 1);
                boolean nextIsContext =
                        i + 2 < tokens.size() && startsWithAny(tokens.get(i + 2).text(), verbs);
                if (next.text().length() == 1
                        && nextIsContext
                        && NOT_IN_GIVEN_NAME.indexOf(next.text().charAt(0)) < 0) {
                    end = next.end();
                }
            }
            if (looksLikeName(text, token.start(), end, true)) {
                found.add(new Span(token.start(), end));
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

    private void addName(List<Span> found, String text, int start, int end) {
        // The pattern may have taken a character too many (王清水说 vs 王清水在): shrink to a name.
        for (int e = end; e - start >= 2; e--) {
            if (looksLikeName(text, start, e, false)) {
                found.add(new Span(start, e));
                return;
            }
        }
    }

    /** Whether text[start, end) reads as a Chinese personal name. */
    boolean looksLikeName(String text, int start, int end, boolean strict) {
        String name = text.substring(start, end);
        int length = name.length();
        if (length < 2 || length > 4) {
            return false;
        }
        String surname =
                surnames.contains(name.substring(0, 2)) && length >= 3
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
        if (start > 0
                && NUMBER_BEFORE.matcher(text.substring(Math.max(0, start - 1), start)).find()) {
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
