package org.protpred.pipeline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import org.protpred.models.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code protpred} command line: one subcommand per job. */
@Command(name = "protpred",
        mixinStandardHelpOptions = true,
        versionProvider = ProtpredCommand.Version.class,
        description = "Predict protein structure features (secondary structure, contacts, fold) from sequence.",
        subcommands = {
            DemoCommand.class,
            LabelsCommand.class,
            FeaturesCommand.class,
            TrainCommand.class,
            EvalCommand.class,
            PredictCommand.class,
            ReportCommand.class,
            CombineCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ProtpredCommand implements Runnable {

    /** Exit status for bad input or usage. */
    public static final int EXIT_USER_ERROR = 2;
    /** Exit status for an unexpected internal failure. */
    public static final int EXIT_INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of internal errors.")
    boolean debug;

    @Override
    public void run() {
        // Without a subcommand: usage on stderr and a non-zero exit.
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status (used by tests instead of {@link #main}). */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new ProtpredCommand());
        cl.setExecutionExceptionHandler(ProtpredCommand::handleException);
        cl.setParameterExceptionHandler(ProtpredCommand::handleParameterException);
        return cl;
    }

    /**
     * A usage error (unknown option, missing parameter, bad value): one line {@code protpred: error: MESSAGE} and
     * one hint line naming the command's {@code --help}, exit status 2. The full help is for {@code --help}.
     */
    private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = ex.getMessage() == null ? "invalid command line" : ex.getMessage();
        err.println("protpred: error: " + InputException.printable(message.strip().replace("\r\n", " ")
                .replace('\n', ' ')));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return EXIT_USER_ERROR;
    }

    private static int handleException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        Throwable userError = findUserError(ex);
        boolean debug = parsed.hasMatchedOption("--debug");
        if (userError != null) {
            err.println("protpred: error: " + userError.getMessage());
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return EXIT_USER_ERROR;
        }
        // one line, control characters escaped, whatever the exception's message holds
        err.println("protpred: internal error: " + InputException.printable(String.valueOf(ex))
                + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return EXIT_INTERNAL_ERROR;
    }

    private static Throwable findUserError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InputException) {
                return c;
            }
            if (c instanceof java.nio.file.NoSuchFileException nsf) {
                return new InputException(nsf.getFile() + ": no such file");
            }
            if (c instanceof java.nio.file.AccessDeniedException ade) {
                return new InputException(ade.getFile() + ": permission denied");
            }
        }
        return null;
    }

    /** Reads the version that Maven wrote into {@code version.properties}. */
    public static final class Version implements CommandLine.IVersionProvider {
        public static String get() {
            Properties p = new Properties();
            try (InputStream in = ProtpredCommand.class.getResourceAsStream("/org/protpred/pipeline/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // fall through to "unknown"
            }
            return p.getProperty("version", "unknown");
        }

        @Override
        public String[] getVersion() {
            return new String[] {"protpred " + get(),
                "JVM: ${java.version} (${java.vendor} ${java.vm.name})"};
        }
    }
}
