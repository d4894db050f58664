package dev.ipwire.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.HanlpSegmenter;
import dev.ipwire.nlp.entities.PersonRecognizer.Candidate;
import dev.ipwire.nlp.entities.PersonRecognizer.Cue;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each cue on its own, as docs/QUALITY.md measures them. */
class PersonRecognizerTest {

    private static final HanlpSegmenter SEGMENTER =
            new HanlpSegmenter(DomainLexicon.load(DomainLexicon.DOMAIN_TERMS));
    private static final PlaceGazetteer GAZETTEER = new PlaceGazetteer();

    private static List<String> names(Set<Cue> cues, String text, List<Span> taken) {
        return new PersonRecognizer(GAZETTEER, cues)
                .find(text, SEGMENTER.segment(text), taken).stream()
                        .map(c -> text.substring(c.span().start(), c.span().end()))
                        .toList();
    }

    private static List<String> names(Set<Cue> cues, String text) {
        return names(cues, text, List.of());
    }

    @Test
    void productionUsesEveryCueButTheUnfilteredGuesses() {
        assertThat(PersonRecognizer.ALL_CUES)
                .isEqualTo(EnumSet.complementOf(EnumSet.of(Cue.HANLP_UNFILTERED)));
    }

    @Test
    void eachCueFindsItsOwnNames() {
        String text = "记者张三报道，周明远说，法官刘德明正在审理，维吾尔族农民阿布都·热合曼家有果园。";

        assertThat(names(Set.of(Cue.BYLINE), text)).containsExactly("张三");
        assertThat(names(Set.of(Cue.SPEECH), text)).containsExactly("周明远");
        assertThat(names(Set.of(Cue.TITLE), text)).contains("刘德明").doesNotContain("周明远");
        assertThat(names(Set.of(Cue.INTERPUNCT), text)).containsExactly("阿布都·热合曼");
        assertThat(names(PersonRecognizer.ALL_CUES, text))
                .containsExactly("张三", "周明远", "刘德明", "阿布都·热合曼");
    }

    @Test
    void contextCuesAreStrongHanlpGuessesAreWeak() {
        String text = "刘德明出席了会议，法官周明远说明了情况。";

        List<Candidate> candidates =
                new PersonRecognizer(GAZETTEER).find(text, SEGMENTER.segment(text), List.of());

        assertThat(candidates)
                .extracting(
                        c -> text.substring(c.span().start(), c.span().end()), Candidate::strong)
                .containsExactly(tuple("刘德明", false), tuple("周明远", true));
    }

    @Test
    void theFiltersRejectFragmentsThatUnfilteredGuessesKeep() {
        String text = "有效发明专利达3万件。";

        assertThat(names(Set.of(Cue.HANLP_UNFILTERED), text)).containsExactly("万件");
        assertThat(names(Set.of(Cue.HANLP_FILTERED), text)).isEmpty();
        assertThat(names(PersonRecognizer.ALL_CUES, text)).isEmpty();
    }

    @Test
    void namesInsideTakenSpansAreLeftOut() {
        String text = "法官周明远说，案件已审结。";

        assertThat(names(PersonRecognizer.ALL_CUES, text, List.of(new Span(2, 5)))).isEmpty();
    }

    @Test
    void namesInQuotesAreTitlesOfWorksNotPersons() {
        assertThat(names(Set.of(Cue.HANLP_FILTERED), "电视剧《刘德明》热播。")).isEmpty();
    }
}
