package com.careerplatform.kit.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Fails when the packages right below {@code root} depend on each other in a cycle (production classes
 * only): a feature package may use another, never the other way round as well.
 */
public final class PackageCycles {

    private PackageCycles() {
    }

    public static void assertNone(String root) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
