package dev.newsflow.cli;

import dev.newsflow.cli.evaluate.GoldArticle;
import dev.newsflow.cli.evaluate.IdentityCheck;
import dev.newsflow.cli.read.ArticleFiles;
import dev.newsflow.nlp.NewsAnalyzer;
import dev.newsflow.nlp.entity.EntityKnowledge;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code identity --gold G --texts DIR [--gold G2 --texts DIR2]}: judges entity ids across the articles of gold files. */
@Command(name = "identity", mixinStandardHelpOptions = true,
        description = "Judges the stable entity ids across articles against gold annotations: the share of known "
                + "countries and organisations whose forms in different articles get one id, and the share of gold "
                + "entities that share an id with another. Lists every split and every merge.")
final class IdentityCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl",
            description = "gold annotations, one article per line; repeat with --texts for several sets")
    private List<Path> golds;

    @Option(names = "--texts", required = true, paramLabel = "DIR",
            description = "directory with one <id>.txt per article of the --gold at the same position")
    private List<Path> texts;

    @Option(names = "--same", paramLabel = "NAME=NAME",
            description = "two gold canonical names of one entity that no gold article links (repeatable); "
                    + "printed with the figures so a reader can judge them")
    private List<String> same = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (golds.size() != texts.size()) {
            throw new ParameterException(spec.commandLine(), "give one --texts for each --gold");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventJson json = new EventJson();
        List<GoldArticle> all = new ArrayList<>();
        List<Path> textOf = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            for (String line : Files.readAllLines(golds.get(i))) {
                if (!line.isBlank()) {
                    GoldArticle article = json.read(line, GoldArticle.class);
                    all.add(article);
                    textOf.add(texts.get(i).resolve(article.id() + ".txt"));
                }
            }
        }
        NewsAnalyzer analyzer = NewsAnalyzer.load();
        List<List<String>> pairs = new ArrayList<>();
        for (String pair : same) {
            String[] names = pair.split("=", 2);
            if (names.length != 2 || names[0].isBlank() || names[1].isBlank()) {
                throw new ParameterException(spec.commandLine(), "--same takes NAME=NAME, not " + pair);
            }
            pairs.add(List.of(names[0].strip(), names[1].strip()));
            out.println("same    " + names[0].strip() + " = " + names[1].strip());
        }
        IdentityCheck check;
        try {
            check = new IdentityCheck(all, pairs, EntityKnowledge.load());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ArticleFiles files = new ArticleFiles(Clock.systemUTC());
        for (int i = 0; i < all.size(); i++) {
            if (!Files.isRegularFile(textOf.get(i))) {
                err.printf("identity: no text for %s (looked for %s); skipped%n", all.get(i).id(), textOf.get(i));
                continue;
            }
            ArticleIngested raw = files.read(textOf.get(i)).articles().getFirst();
            check.add(all.get(i), analyzer.analyze(raw.title(), raw.body()).entities());
        }
        check.report().print(out);
        out.flush();
        return 0;
    }
}
