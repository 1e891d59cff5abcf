package io.gridcharge.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN §1: dependencies point inward; the domain knows no framework, no wire type and no SQL. */
class ModuleDependencyRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProduction() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.gridcharge");
    }

    @Test
    void domainDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("io.gridcharge.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.gridcharge.domain..", "java..")
                .check(classes);
    }

    @Test
    void ocppLibraryKnowsNoServerDomainOrDatabase() {
        noClasses().that().resideInAPackage("io.gridcharge.ocpp..")
                .should().dependOnClassesThat().resideInAnyPackage("io.gridcharge.domain..", "io.gridcharge.store..",
                        "io.gridcharge.gateway..", "io.gridcharge.api..", "io.gridcharge.app..", "io.netty..",
                        "java.sql..")
                .check(classes);
    }

    @Test
    void storeAdaptsTheDomainOnly() {
        noClasses().that().resideInAPackage("io.gridcharge.store..")
                .should().dependOnClassesThat().resideInAnyPackage("io.gridcharge.ocpp..", "io.gridcharge.gateway..",
                        "io.gridcharge.api..", "io.gridcharge.app..")
                .check(classes);
    }

    @Test
    void gatewayKnowsNoDatabaseAndNoHttpApi() {
        noClasses().that().resideInAPackage("io.gridcharge.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage("io.gridcharge.store..", "io.gridcharge.api..",
                        "io.gridcharge.app..", "java.sql..", "org.jdbi..")
                .check(classes);
    }

    @Test
    void apiSpeaksToTheDomainOnly() {
        noClasses().that().resideInAPackage("io.gridcharge.api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.gridcharge.ocpp..", "io.gridcharge.store..",
                        "io.gridcharge.gateway..", "io.gridcharge.app..", "java.sql..", "org.jdbi..", "io.netty..")
                .check(classes);
    }

    @Test
    void pkiAdaptsTheDomainOnly() {
        noClasses().that().resideInAPackage("io.gridcharge.pki..")
                .should().dependOnClassesThat().resideInAnyPackage("io.gridcharge.ocpp..", "io.gridcharge.store..",
                        "io.gridcharge.gateway..", "io.gridcharge.api..", "io.gridcharge.app..", "io.netty..",
                        "java.sql..", "org.jdbi..")
                .check(classes);
    }

    /**
     * The load generator is a station and a bare server: it may use the OCPP library and Netty, never the
     * platform. The micro-benchmarks (bench.micro) measure domain hot paths and may use the domain, nothing more.
     */
    @Test
    void benchKnowsOnlyTheOcppLibraryNotThePlatform() {
        noClasses().that().resideInAPackage("io.gridcharge.bench..")
                .and().resideOutsideOfPackage("io.gridcharge.bench.micro..")
                .should().dependOnClassesThat().resideInAnyPackage("io.gridcharge.domain..", "io.gridcharge.store..",
                        "io.gridcharge.gateway..", "io.gridcharge.api..", "io.gridcharge.app..", "io.gridcharge.pki..",
                        "java.sql..", "org.jdbi..")
                .check(classes);
    }

    @Test
    void microBenchmarksUseTheDomainButNoInfrastructure() {
        noClasses().that().resideInAPackage("io.gridcharge.bench.micro..")
                .should().dependOnClassesThat().resideInAnyPackage("io.gridcharge.store..", "io.gridcharge.gateway..",
                        "io.gridcharge.api..", "io.gridcharge.app..", "io.gridcharge.pki..", "java.sql..", "org.jdbi..")
                .check(classes);
    }

    /** The simulator drives any central system over OCPP: it may use the OCPP library, never the platform (issue 6). */
    @Test
    void simulatorKnowsOnlyTheOcppLibraryNotThePlatform() {
        noClasses().that().resideInAPackage("io.gridcharge.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("io.gridcharge.domain..", "io.gridcharge.store..",
                        "io.gridcharge.gateway..", "io.gridcharge.api..", "io.gridcharge.app..", "io.gridcharge.pki..",
                        "io.gridcharge.bench..", "java.sql..", "org.jdbi..", "io.netty..")
                .check(classes);
    }

    /** Crypto providers are infrastructure: the CA's implementation in pki, the password hash in app. */
    @Test
    void bouncyCastleStaysInPkiAndTheCompositionRoot() {
        noClasses().that().resideInAnyPackage("io.gridcharge.domain..", "io.gridcharge.ocpp..",
                        "io.gridcharge.store..", "io.gridcharge.gateway..", "io.gridcharge.api..")
                .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
                .check(classes);
    }

    @Test
    void noOcppRecordOrSqlRowReachesTheDomainThroughAnyModule() {
        noClasses().that().resideInAPackage("io.gridcharge.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.slf4j..", "io.micrometer..")
                .check(classes);
    }
}
