package org.strategypress.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries the package layout tells: the model depends on nothing of ours, rendering sees view data and never
 * the loader, the diff, the pipeline or the CLI, and the CLI reaches the rest only through the pipeline's facade.
 */
@AnalyzeClasses(packages = "org.strategypress", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerBoundariesTest {

    @ArchTest
    static final ArchRule modelImportsNothingOfOurs = classes().that().resideInAPackage("org.strategypress.model..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.strategypress..")
                    .or(resideInAPackage("org.strategypress.model..")))
            .because("records are the vocabulary every other package speaks");

    @ArchTest
    static final ArchRule renderReadsViewDataOnly = noClasses().that().resideInAPackage("org.strategypress.render..")
            .should().dependOnClassesThat().resideInAnyPackage("org.strategypress.load..", "org.strategypress.diff..",
                    "org.strategypress.pipeline..", "org.strategypress.cli..")
            .because("templates get explicit view data, built from the validated model");

    @ArchTest
    static final ArchRule cliGoesThroughThePipeline = classes().that().resideInAPackage("org.strategypress.cli..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.strategypress.cli..", "org.strategypress.pipeline..",
                    "org.strategypress.model..", "org.strategypress.report..", "org.strategypress.serve..", "java..",
                    "picocli..")
            .because("the pipeline's stages are the one way in; the preview server is itself a client of the pipeline");

    @ArchTest
    static final ArchRule validationDoesNotRender = noClasses().that().resideInAPackage("org.strategypress.validate..")
            .should().dependOnClassesThat().resideInAnyPackage("org.strategypress.render..", "org.strategypress.pipeline..",
                    "org.strategypress.cli..");

    @ArchTest
    static final ArchRule topLevelPackagesHaveNoCycles = slices().matching("org.strategypress.(*)..").should().beFreeOfCycles();
}
