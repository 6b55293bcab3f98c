/**
 * The scenario file format and its loading. {@link org.alliancesim.scenario.YamlSource} reads a
 * YAML file into SnakeYAML's node tree without constructing any object (hostile input is refused
 * early and in bounded memory); {@link org.alliancesim.scenario.ScenarioLoader} turns the tree into
 * an immutable, validated {@link org.alliancesim.scenario.Scenario}, collecting every problem at once in
 * {@link org.alliancesim.scenario.Problems}, each with file, line, column and field path, and
 * throwing them together as a {@link org.alliancesim.scenario.ScenarioException}. Each field is
 * declared once, in a record with its bounds ({@code @Range}), default ({@code DEFAULTS}) and
 * documentation: {@link org.alliancesim.scenario.TimeSpec}, {@link org.alliancesim.scenario.StateSpec},
 * {@link org.alliancesim.scenario.GainSpec}, {@link org.alliancesim.scenario.FactionSpec}, the entries
 * of ties, distances and events ({@code TieFields}, {@code DistanceFields}, {@code EventFields}) and
 * the {@link org.alliancesim.scenario.Parameters} groups; {@link org.alliancesim.scenario.RecordBinder}
 * binds them all, and sweeps, uncertain inputs and the GUI read their bounds and types from the same
 * records ({@code FieldTypes}, {@link org.alliancesim.param.Ranges}); {@code FieldReferenceTest} keeps
 * the docs in step with them.
 * {@link org.alliancesim.scenario.ScenarioTemplate} keeps a file before its uncertain inputs
 * ({@link org.alliancesim.scenario.Distribution}) are drawn and its swept values
 * ({@link org.alliancesim.scenario.NodePath}) set, and resolves it into the concrete scenario of one
 * run through the same loader. The field reference is {@code scenarios/README.md}; the validation
 * rules are listed in {@code docs/validation.md}. Nothing here knows the model, the GUI or the
 * outputs.
 */
package org.alliancesim.scenario;
