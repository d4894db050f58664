package dev.ipwire.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@AnalyzeClasses(
        packages = "dev.ipwire.ingest",
        importOptions = ImportOption.DoNotIncludeTests.class)
class IngestArchitectureTest {

    @ArchTest
    static final ArchRule noDependencyOnOtherServices =
            noClasses()
                    .that()
                    .resideInAPackage("dev.ipwire.ingest..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "dev.ipwire.nlp..", "dev.ipwire.search..", "dev.ipwire.stack..")
                    .because(
                            "services talk only through Kafka topics and HTTP; put shared event"
                                    + " types in ipwire-contracts");

    @ArchTest
    static final ArchRule packagesAreCapabilitiesNotLayers =
            noClasses()
                    .should()
                    .resideInAnyPackage(
                            "..controller..",
                            "..controllers..",
                            "..service..",
                            "..services..",
                            "..repository..",
                            "..model..",
                            "..dto..",
                            "..util..",
                            "..utils..",
                            "..impl..")
                    .because(
                            "organize by capability: api, intake, parsing, identity, publishing —"
                                    + " put a class beside the capability it serves, not in a"
                                    + " technical layer");

    @ArchTest
    static final ArchRule capabilitiesAreFreeOfCycles =
            slices().matching("dev.ipwire.ingest.(*)..")
                    .should()
                    .beFreeOfCycles()
                    .because(
                            "capabilities build on each other in one direction (api -> intake ->"
                                    + " parsing/identity/publishing); move the shared piece down"
                                    + " instead of calling back up");

    @ArchTest
    static final ArchRule webEndpointsLiveInApi =
            classes()
                    .that()
                    .areAnnotatedWith(RestController.class)
                    .or()
                    .areAnnotatedWith(RestControllerAdvice.class)
                    .should()
                    .resideInAPackage("dev.ipwire.ingest.api..")
                    .because(
                            "the HTTP contract (paths, status codes, problem+json) is kept in one"
                                    + " place: put controllers and their advice in the api"
                                    + " package");

    @ArchTest
    static final ArchRule kafkaStaysBehindPublishing =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("dev.ipwire.ingest.publishing..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
                    .because(
                            "keep Kafka behind the publishing package: other packages call"
                                    + " ArticlePublisher and handle its exceptions");
}
