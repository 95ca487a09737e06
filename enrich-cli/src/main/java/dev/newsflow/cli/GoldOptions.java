package dev.newsflow.cli;

import dev.newsflow.cli.evaluate.GoldText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The gold sets a command judges the engine on: {@code --gold G --texts DIR}, repeatable in pairs. */
final class GoldOptions {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl",
            description = "gold annotations, one article per line; repeat with --texts for several sets, judged as one")
    private List<Path> golds;

    @Option(names = "--texts", required = true, paramLabel = "DIR",
            description = "directory with one <id>.txt per article of the --gold at the same position")
    private List<Path> texts;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** Every article of every set, in order, with where its text is. */
    List<GoldText> articles() throws IOException {
        if (golds.size() != texts.size()) {
            throw new ParameterException(spec.commandLine(), "give one --texts for each --gold");
        }
        List<GoldText> all = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            all.addAll(GoldText.read(golds.get(i), texts.get(i)));
        }
        return all;
    }
}
