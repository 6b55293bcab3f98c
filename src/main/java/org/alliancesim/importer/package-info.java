/**
 * The {@code import} command: builds a scenario file from the real data sets read by
 * {@link org.alliancesim.data} (COW National Material Capabilities, Gleditsch and Ward capital
 * distances, Bailey, Strezhnev and Voeten UN ideal points) for any year and set of states, with an
 * optional yearly power trajectory for historical replays.
 *
 * <p>Flow: {@link org.alliancesim.cli.ImportCommand} reads the files and options,
 * {@link org.alliancesim.importer.ScenarioImporter} decides what goes into the scenario (using
 * {@link org.alliancesim.history.CowPower} and {@link org.alliancesim.history.IntentProxy}, plus
 * an optional {@link org.alliancesim.importer.Template} for the assumptions no data set gives), and
 * {@link org.alliancesim.importer.ScenarioWriter} writes the YAML text, which is validated with the
 * ordinary scenario loader before anything is written. With {@code --data DIR},
 * {@link org.alliancesim.importer.HistoricalImport} takes the place of {@code ScenarioImporter}: the
 * states, capitals and every input come from {@link org.alliancesim.history.InputBuilder} (the
 * builder behind {@code HistoricalWorlds}), and {@link org.alliancesim.importer.HistoryEvents}
 * moves them year by year. {@link org.alliancesim.importer.TheoryInputCheck} warns about every theory
 * without inputs. User documentation: {@code docs/data.md}.
 */
package org.alliancesim.importer;
