package dev.newsflow.cli;

import dev.newsflow.cli.evaluate.GoldText;
import dev.newsflow.cli.evaluate.IdentityCheck;
import dev.newsflow.nlp.NewsAnalyzer;
import dev.newsflow.nlp.entity.EntityData;
import dev.newsflow.nlp.entity.EntityKnowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code identity --gold G --texts DIR [--gold G2 --texts DIR2]}: judges entity ids across the articles of gold files. */
@Command(name = "identity", mixinStandardHelpOptions = true, versionProvider = EngineVersionProvider.class,
        description = "Judges the stable entity ids across articles against gold annotations: the share of known "
                + "countries and organisations whose forms in different articles get one id, and the share of gold "
                + "entities that share an id with another. Lists every split and every merge.")
final class IdentityCommand implements Callable<Integer> {

    @Mixin
    private GoldOptions gold;

    @Option(names = "--same", paramLabel = "NAME=NAME",
            description = "two gold canonical names of one entity that no gold article links (repeatable); "
                    + "printed with the figures so a reader can judge them")
    private List<String> same = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldText> all = gold.articles();
        List<List<String>> pairs = new ArrayList<>();
        for (String pair : same) {
            String[] names = pair.split("=", 2);
            if (names.length != 2 || names[0].isBlank() || names[1].isBlank()) {
                throw new ParameterException(spec.commandLine(), "--same takes NAME=NAME, not " + pair);
            }
            pairs.add(List.of(names[0].strip(), names[1].strip()));
            out.println("same    " + names[0].strip() + " = " + names[1].strip());
        }
        EntityData data = EntityData.load();
        IdentityCheck check;
        try {
            check = new IdentityCheck(all.stream().map(GoldText::article).toList(), pairs, EntityKnowledge.of(data));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        NewsAnalyzer analyzer = NewsAnalyzer.load(data);
        GoldOptions.analyse(all, analyzer, "identity", "skipped", err, (article, analysis) -> {
            if (analysis != null) {
                check.add(article, analysis.entities());
            }
        });
        check.report().print(out);
        out.flush();
        return 0;
    }
}
