package dev.ipwire.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
        packages = "dev.ipwire.contracts",
        importOptions = ImportOption.DoNotIncludeTests.class)
class ContractsArchitectureTest {

    @ArchTest
    static final ArchRule contractsAreFrameworkFree =
            classes()
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage(
                            "dev.ipwire.contracts..",
                            "java..",
                            "com.fasterxml.jackson.annotation..")
                    .because(
                            "every service and tool reads these records; keep them free of Spring"
                                + " and of service code — put logic in the service that owns it and"
                                + " only data (records, constants, null-safe constructors) here");

    @ArchTest
    static final ArchRule eventsAreRecords =
            classes()
                    .that()
                    .haveSimpleNameStartingWith("Article")
                    .should()
                    .beRecords()
                    .because("events are immutable values: declare them as records");
}
