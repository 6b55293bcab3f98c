/**
 * The scenario file format and its loading. {@link org.alliancesim.scenario.YamlSource} reads a
 * YAML file into SnakeYAML's node tree without constructing any object (hostile input is refused
 * early and in bounded memory); {@link org.alliancesim.scenario.ScenarioLoader} turns the tree into
 * an immutable, validated {@link org.alliancesim.scenario.Scenario} (states, ties, time, events and
 * the {@link org.alliancesim.scenario.Parameters} records bound by
 * {@link org.alliancesim.scenario.RecordBinder}), collecting every problem at once in
 * {@link org.alliancesim.scenario.Problems}, each with file, line, column and field path, and
 * throwing them together as a {@link org.alliancesim.scenario.ScenarioException}.
 * {@link org.alliancesim.scenario.ScenarioTemplate} keeps a file before its uncertain inputs
 * ({@link org.alliancesim.scenario.Distribution}) are drawn and its swept values
 * ({@link org.alliancesim.scenario.NodePath}) set, and resolves it into the concrete scenario of one
 * run through the same loader. The field reference is {@code scenarios/README.md}; the validation
 * rules are listed in {@code docs/validation.md}. Nothing here knows the model, the GUI or the
 * outputs.
 */
package org.alliancesim.scenario;
