package dev.newsflow.cli;

import dev.newsflow.cli.evaluate.GoldArticle;
import dev.newsflow.cli.evaluate.GoldText;
import dev.newsflow.cli.read.ArticleFiles;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.NewsAnalyzer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

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
        checkPairs();
        List<GoldText> all = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            all.addAll(GoldText.read(golds.get(i), texts.get(i)));
        }
        return all;
    }

    /**
     * The articles of each set, by its gold file as given, in the order given. Two files of the same name in different
     * directories are two sets; one file given twice, by any path, is refused.
     */
    Map<String, List<GoldText>> sets() throws IOException {
        checkPairs();
        Map<String, List<GoldText>> sets = new LinkedHashMap<>();
        Set<Path> seen = new HashSet<>();
        for (int i = 0; i < golds.size(); i++) {
            List<GoldText> set = GoldText.read(golds.get(i), texts.get(i));
            if (!seen.add(golds.get(i).toRealPath())) {
                throw new ParameterException(spec.commandLine(), "gold file given twice: " + golds.get(i));
            }
            sets.put(golds.get(i).toString(), set);
        }
        return sets;
    }

    private void checkPairs() {
        if (golds.size() != texts.size()) {
            throw new ParameterException(spec.commandLine(), "give one --texts for each --gold");
        }
    }

    /**
     * Analyses the text of each of {@code articles} with {@code analyzer}, in order, and hands the gold article and
     * the analysis to {@code judge}; an article without a text is handed over with no analysis ({@code null}), after
     * a line on {@code err}: "{@code command}: no text for ID (looked for FILE); {@code whenMissing}".
     */
    static void analyse(List<GoldText> articles, NewsAnalyzer analyzer, String command, String whenMissing,
            PrintWriter err, BiConsumer<GoldArticle, Analysis> judge) throws IOException {
        ArticleFiles files = new ArticleFiles(Clock.systemUTC());
        for (GoldText gold : articles) {
            if (!gold.hasText()) {
                err.printf("%s: no text for %s (looked for %s); %s%n", command, gold.article().id(), gold.file(),
                        whenMissing);
                judge.accept(gold.article(), null);
                continue;
            }
            ArticleIngested raw = gold.text(files);
            judge.accept(gold.article(), analyzer.analyze(raw.title(), raw.body(), raw.source()));
        }
    }
}
