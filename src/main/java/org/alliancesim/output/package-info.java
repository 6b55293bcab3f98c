/**
 * The files a command leaves behind, written the same on every machine and in every locale
 * ({@link org.alliancesim.Num}): a run's {@code series.csv} (streamed as the replications make
 * their rows, {@link org.alliancesim.output.SeriesFiles}), {@code events.csv},
 * {@code summary.csv}, stability chart and {@code manifest.json}
 * ({@link org.alliancesim.output.RunOutputs}); the comparison of theories across scenarios
 * ({@link org.alliancesim.output.ComparisonOutputs}); a sweep's files assembled from its journal
 * ({@link org.alliancesim.output.SweepOutputs}); Kaplan–Meier survival tables and charts; and the
 * replay chart. Charts are JFreeChart 1.0.19 saved as PNG and SVG
 * ({@link org.alliancesim.output.Charts}), one colour per theory in every chart
 * ({@link org.alliancesim.output.TheoryColors}). Every command writes through an
 * {@link org.alliancesim.output.OutputFolder}, so its {@code --out} appears complete or not at all;
 * a file that cannot be written is an {@link org.alliancesim.output.OutputException}.
 * The model never depends on this package.
 */
package org.alliancesim.output;
