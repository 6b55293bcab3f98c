package org.alliancesim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

/**
 * The layering, read from the compiled classes (so fully qualified names and static calls count,
 * not only import lines). From the bottom up: the model ({@code world}, {@code decision},
 * {@code model}, with {@code scenario} and {@code param}) never reaches the screen or the files;
 * the domain packages never reach the command line; running experiments never reaches the output
 * formats. Rules that the code breaks today are frozen ({@link FreezingArchRule}): the known
 * violations are listed in {@code src/test/resources/archunit_store}, a new one fails the test, and
 * one that is fixed drops out of the store when the test next runs (commit the changed store).
 * A rule that is not in the store fails rather than freezing what it finds; to freeze a new rule on
 * purpose, run this test once with {@code -Darchunit.freeze.store.default.allowStoreCreation=true}.
 * Changing a frozen rule's text (its packages or its reason) makes it a new rule.
 */
@AnalyzeClasses(packages = "org.alliancesim", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String[] MODEL = {
        "org.alliancesim.world..", "org.alliancesim.decision..", "org.alliancesim.model.."};

    private static final String[] DOMAIN = {
        "org.alliancesim.world..", "org.alliancesim.decision..", "org.alliancesim.model..",
        "org.alliancesim.scenario..", "org.alliancesim.experiment..", "org.alliancesim.data..",
        "org.alliancesim.importer..", "org.alliancesim.landscape..", "org.alliancesim.history..",
        "org.alliancesim.backtest.."};

    /** Display and chart libraries: MASON's GUI, Swing, AWT and JFreeChart. */
    @ArchTest
    static final ArchRule modelAndScenarioUseNoDisplayOrChartLibrary = noClasses()
            .that().resideInAnyPackage(
                    "org.alliancesim.world..", "org.alliancesim.decision..", "org.alliancesim.model..",
                    "org.alliancesim.scenario..", "org.alliancesim.param..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "sim.display..", "sim.portrayal..", "javax.swing..", "java.awt..", "org.jfree..")
            .because("the model runs headless and is shown by gui/ and output/, never the other way");

    @ArchTest
    static final ArchRule modelNeverReachesOutputGuiOrCli = noClasses()
            .that().resideInAnyPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.alliancesim.output..", "org.alliancesim.gui..", "org.alliancesim.cli..")
            .because("decisions are pure functions of the world; observers sit above the model");

    @ArchTest
    static final ArchRule domainNeverReachesCli = FreezingArchRule.freeze(noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage("org.alliancesim.cli..")
            .because("the command line is the top layer (issue 19.2: commands live in cli/)"));

    @ArchTest
    static final ArchRule experimentNeverReachesOutput = FreezingArchRule.freeze(noClasses()
            .that().resideInAPackage("org.alliancesim.experiment..")
            .should().dependOnClassesThat().resideInAPackage("org.alliancesim.output..")
            .because("runners produce values and output/ formats them (issue 19.3)"));

    /**
     * No two top-level packages depend on each other, through any chain. The two cycles today
     * (experiment and output; importer and cli) run through the frozen arrows above, so those are
     * set aside here and this rule holds without a store.
     */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = SlicesRuleDefinition.slices()
            .matching("org.alliancesim.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(
                    JavaClass.Predicates.resideInAPackage("org.alliancesim.experiment.."),
                    JavaClass.Predicates.resideInAPackage("org.alliancesim.output.."))
            .ignoreDependency(
                    JavaClass.Predicates.resideInAnyPackage(DOMAIN),
                    JavaClass.Predicates.resideInAPackage("org.alliancesim.cli.."));
}
