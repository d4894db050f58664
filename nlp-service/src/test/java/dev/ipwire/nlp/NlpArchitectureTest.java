package dev.ipwire.nlp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
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

    @ArchTest
    static final ArchRule hanlpStaysBehindAnalysis =
            noClasses()
                    .that()
                    .resideOutsideOfPackages(
                            "dev.ipwire.nlp.analysis..", "dev.ipwire.nlp.keywords..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("com.hankcs..")
                    .because(
                            "keep HanLP behind the analysis package (Segmenter, ChineseText) so it"
                                    + " can be replaced; keywords is the one exception, as it uses"
                                    + " HanLP's TextRank keywords and summary directly");
}
