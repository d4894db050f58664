package dev.ipwire.nlp;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.ipwire.nlp.entities.OrganizationRecognizer;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "dev.ipwire.nlp", importOptions = ImportOption.DoNotIncludeTests.class)
class NlpArchitectureTest {

    @ArchTest
    static final ArchRule noOtherServiceCode =
            noClasses()
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "dev.ipwire.ingest..", "dev.ipwire.search..", "dev.ipwire.stack..")
                    .because(
                            "services talk only through Kafka topics and HTTP; share event types"
                                    + " through ipwire-contracts (dev.ipwire.contracts) instead of"
                                    + " importing another service's or the local stack's classes");

    @ArchTest
    static final ArchRule noTechnicalLayerPackages =
            noClasses()
                    .should()
                    .resideInAnyPackage(
                            "..controller..",
                            "..service..",
                            "..services..",
                            "..repository..",
                            "..model..",
                            "..dto..",
                            "..util..",
                            "..utils..",
                            "..impl..")
                    .because(
                            "organize by capability (analysis, entities, topics, figures,"
                                    + " keywords, enrichment, api), not by technical layer: put"
                                    + " a class in the package of the capability it serves");

    @ArchTest
    static final ArchRule capabilitiesAreFreeOfCycles =
            slices().matching("dev.ipwire.nlp.(*)..")
                    .should()
                    .beFreeOfCycles()
                    .because(
                            "capabilities build on each other in one direction (analysis <-"
                                + " entities, topics, figures, keywords <- enrichment <- api); move"
                                + " shared code down into the package both sides use");

    @ArchTest
    static final ArchRule analysisIsTheFoundation =
            noClasses()
                    .that()
                    .resideInAPackage("dev.ipwire.nlp.analysis..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "dev.ipwire.nlp.entities..",
                            "dev.ipwire.nlp.topics..",
                            "dev.ipwire.nlp.figures..",
                            "dev.ipwire.nlp.keywords..",
                            "dev.ipwire.nlp.enrichment..",
                            "dev.ipwire.nlp.api..")
                    .because(
                            "analysis (sentences, segmentation, 简繁 views) is what every other"
                                    + " capability reads; it must not know about them");

    @ArchTest
    static final ArchRule restControllersLiveInApi =
            classes()
                    .that()
                    .areAnnotatedWith(RestController.class)
                    .should()
                    .resideInAPackage("dev.ipwire.nlp.api..")
                    .because(
                            "HTTP endpoints are the service's public surface: keep them in the api"
                                    + " package and let them call enrichment, as the stream does");

    /**
     * Packages that may touch HanLP: analysis segments, entities and keywords look words up in its
     * dictionaries.
     */
    private static final String[] HANLP_USERS = {
        "dev.ipwire.nlp.analysis..", "dev.ipwire.nlp.entities..", "dev.ipwire.nlp.keywords.."
    };

    /** HanLP's segmenters, tokenizers and the analyses built on them (keywords, summaries…). */
    private static final String[] HANLP_SEGMENTATION = {
        "com.hankcs.hanlp.seg..",
        "com.hankcs.hanlp.tokenizer..",
        "com.hankcs.hanlp.summary..",
        "com.hankcs.hanlp.dependency..",
        "com.hankcs.hanlp.mining..",
        "com.hankcs.hanlp.model..",
        "com.hankcs.hanlp.recognition.."
    };

    /** HanLP's static entry points that segment text. */
    private static final DescribedPredicate<JavaCall<?>> HANLP_SEGMENTING_CALL =
            target(owner(assignableTo(HanLP.class)))
                    .and(
                            target(
                                    nameMatching(
                                            "segment|newSegment|parseDependency|extract\\w*|getSummary")))
                    .as("a HanLP method that segments text");

    /** Calls that change HanLP's process-wide dictionaries. */
    private static final DescribedPredicate<JavaCall<?>> HANLP_DICTIONARY_CHANGE =
            target(
                            owner(
                                    assignableTo(CustomDictionary.class)
                                            .or(assignableTo(DynamicCustomDictionary.class))
                                            .or(assignableTo(CoreDictionary.class))))
                    .and(target(nameMatching("insert|add|remove|reload|load\\w*")))
                    .as("a call that changes HanLP's dictionaries");

    @ArchTest
    static final ArchRule hanlpOnlyWhereLanguageIsAnalyzed =
            noClasses()
                    .that()
                    .resideOutsideOfPackages(HANLP_USERS)
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("com.hankcs..")
                    .because(
                            "topics, figures, enrichment and api work on what analysis produced"
                                    + " (Sentence, Token, ChineseText): if they need more from"
                                    + " HanLP, add it to analysis behind the Segmenter, so HanLP"
                                    + " stays replaceable");

    @ArchTest
    static final ArchRule segmentationStaysInAnalysis =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("dev.ipwire.nlp.analysis..")
                    // Known exception, to be removed: OrganizationRecognizer.hasProperPart
                    // re-segments candidate names with HanLP.segment (HanLP's default segmenter).
                    .and()
                    .doNotBelongToAnyOf(OrganizationRecognizer.class)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(HANLP_SEGMENTATION)
                    .orShould()
                    .callMethodWhere(HANLP_SEGMENTING_CALL)
                    .because(
                            "text is segmented once, in analysis (HanlpSegmenter, configured with"
                                    + " the domain terms): read Sentence.tokens() or take a"
                                    + " Segmenter instead of segmenting again; entities and"
                                    + " keywords may look words up in HanLP's dictionaries"
                                    + " (CoreDictionary, CustomDictionary, Nature)");

    @ArchTest
    static final ArchRule hanlpDictionariesAreConfiguredOnlyInAnalysis =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("dev.ipwire.nlp.analysis..")
                    .should()
                    .callMethodWhere(HANLP_DICTIONARY_CHANGE)
                    .because(
                            "HanLP's dictionaries are process-wide and changing them is not"
                                + " thread-safe: HanlpSegmenter configures them once at start-up;"
                                + " elsewhere only look words up (get, contains,"
                                + " getTermFrequency)");
}
