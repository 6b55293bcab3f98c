package org.alliancesim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line of {@code alliance-sim run ...}: the top command as {@link Main} declares it
 * (its name, help and version options and the inherited {@code --debug}) with only {@code run}
 * under it. Building every command's model by reflection takes picocli longer than parsing a
 * {@code run}; when the first argument is {@code run}, no other command can be meant, so
 * {@link Main#execute(String...)} builds this one. {@code RunOnlyTest} checks that both command
 * lines print the same help, versions and errors.
 */
@Command(name = "alliance-sim", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class)
final class RunOnly implements Runnable {
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print Java stack traces on errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** Whether {@code args} run {@code run}, so that {@link #commandLine()} may parse them. */
    static boolean fits(String... args) {
        return args.length > 0 && "run".equals(args[0]);
    }

    /**
     * Configured as {@link Main#commandLine()} configures the whole one. With the system property
     * {@code alliancesim.cds.training} (the launcher's training run of its class-data-sharing
     * archive), the whole one is built too, so that the archive holds the classes every other
     * command loads as well.
     */
    static CommandLine commandLine() {
        if (Boolean.getBoolean("alliancesim.cds.training")) {
            Main.commandLine();
        }
        CommandLine cl = new CommandLine(new RunOnly());
        cl.addSubcommand("run", new RunCommand());
        cl.setExecutionExceptionHandler(new Errors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(java.nio.file.Path.class, Main::path);
        return cl;
    }
}
