/**
 * The {@code alliance-sim} command line (picocli): {@link org.alliancesim.cli.Main} registers one
 * subcommand per job ({@code run}, {@code compare}, {@code sweep}, {@code worker},
 * {@code validate}, {@code gui}, {@code replay} and {@code bench} here, and {@code landscape} as a
 * subclass of the landscape package's command; {@code import} and {@code cinc} still live in their
 * domain packages, issue 19.2). A command parses
 * its options, opens the scenario, hands the work to {@code experiment}, {@code cluster} or
 * {@code gui} and the results to {@code output}; it holds no model logic.
 * {@link org.alliancesim.cli.Errors} turns every failure into a message and an exit code (2 for bad
 * input, each problem on its own line as file:line:column: field: message; 3 when output cannot be
 * written; 4 when a cluster sweep loses every worker; 1 otherwise), with a stack trace only under
 * {@code --debug}. This is the top layer: no domain package may depend on it ({@code LayeringTest},
 * which lists the importer's use of {@link org.alliancesim.cli.InputException} as a known
 * violation).
 */
package org.alliancesim.cli;
