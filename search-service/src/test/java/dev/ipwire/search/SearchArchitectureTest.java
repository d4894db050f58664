package dev.ipwire.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The shape of search-service: packages by feature, Elasticsearch behind indexing and query. */
@AnalyzeClasses(
        packages = "dev.ipwire.search",
        importOptions = ImportOption.DoNotIncludeTests.class)
class SearchArchitectureTest {

    @ArchTest
    static final ArchRule noOtherServiceOrTheLocalStack =
            noClasses()
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "dev.ipwire.ingest..", "dev.ipwire.nlp..", "dev.ipwire.stack..")
                    .because(
                            "search-service meets the other services only through Kafka events and"
                                    + " HTTP; put shared types in dev.ipwire.contracts, and use the"
                                    + " local stack from tests only");

    @ArchTest
    static final ArchRule packagesByFeatureNotByLayer =
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
                            "packages are named by what they do (api, indexing, query, text); put a"
                                    + " new class in the feature package it serves, not in a"
                                    + " technical-layer package");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("dev.ipwire.search.(*)..")
                    .should()
                    .beFreeOfCycles()
                    .because(
                            "api → query → indexing → text is the direction of use; move the type"
                                    + " that closes a cycle into the package that is used, not the"
                                    + " one that uses it");

    @ArchTest
    static final ArchRule webEndpointsLiveInApi =
            classes()
                    .that()
                    .areAnnotatedWith(RestController.class)
                    .or()
                    .areAnnotatedWith(RestControllerAdvice.class)
                    .should()
                    .resideInAPackage("..api..")
                    .because(
                            "HTTP endpoints and their error mapping belong in"
                                    + " dev.ipwire.search.api; move the controller there and call"
                                    + " query/indexing from it");

    @ArchTest
    static final ArchRule elasticsearchOnlyBehindIndexingQueryAndAlerts =
            noClasses()
                    .that()
                    .resideOutsideOfPackages("..indexing..", "..query..", "..alerts..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("co.elastic..")
                    .because(
                            "keep Elasticsearch behind indexing and query (and alerts, which keeps"
                                    + " its own indexes): add a method there and call it, rather"
                                    + " than using the client elsewhere");

    @ArchTest
    static final ArchRule apiDoesNotUseTheElasticsearchClient =
            noClasses()
                    .that()
                    .resideInAPackage("..api..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("co.elastic..")
                    .because(
                            "keep Elasticsearch behind indexing and query: the api maps their"
                                    + " exceptions (IOException covers the client's"
                                    + " TransportException) and never touches client types");
}
