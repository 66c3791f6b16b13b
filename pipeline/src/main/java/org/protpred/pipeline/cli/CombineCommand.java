package org.protpred.pipeline.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code protpred combine}: writes an ensemble of trained models that averages their probabilities. */
@Command(name = "combine", mixinStandardHelpOptions = true,
        description = {"Combine trained models of one kind into one ensemble model file, whose predictions are the "
                + "mean of the members' probabilities. The members must share kind, input features and labels "
                + "(for example 'protpred train ss' runs with other seeds or sizes); each member is kept unchanged "
                + "inside the ensemble, with its training facts in the ensemble's metadata.",
            "Example: protpred combine -o ss3-ensemble.zip seed42.zip seed43.zip seed44.zip"})
public final class CombineCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MODEL", arity = "2..*", description = "Model files to combine (two or more).")
    List<Path> members;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL", description = "Ensemble file to write.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("command", "protpred " + String.join(" ", commandSpec.commandLine().getParseResult().originalArgs()));
        ModelMetadata meta = ModelFile.combine(output, members, extra);
        commandSpec.commandLine().getOut().printf("wrote %s: %s ensemble of %d models%n", output, meta.kind(),
                members.size());
        commandSpec.commandLine().getOut().flush();
        return 0;
    }
}
