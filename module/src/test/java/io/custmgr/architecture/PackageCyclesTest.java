package io.custmgr.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module's feature packages ({@code io.custmgr.<feature>..}, {@code common} included) depend on each other
 * without cycles: each can be read, changed and tested knowing only the packages below it. A type that two features
 * need belongs to the one that owns the concept (or to {@code common}); a call back up goes through an interface
 * the lower package declares.
 */
@AnalyzeClasses(packages = "io.custmgr", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("io.custmgr.(*)..")
            .should().beFreeOfCycles();
}
