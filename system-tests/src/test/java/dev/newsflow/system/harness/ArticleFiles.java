package dev.newsflow.system.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import dev.newsflow.system.harness.GeneratedArticles.Article;

/** Drops article files into the inbox the way a user does, complete or not at all. */
public final class ArticleFiles {

    private static final List<ArticleFormats> ROTATION = List.of(ArticleFormats.TXT, ArticleFormats.JSON_LINES,
            ArticleFormats.MARKDOWN, ArticleFormats.RSS, ArticleFormats.JSON, ArticleFormats.JSON_ARRAY);
    private static final int PER_MULTI_ARTICLE_FILE = 40;

    private ArticleFiles() {
    }

    /**
     * Writes a {@code .txt} article in the layout users drop (title line with " – Publisher", the title repeated,
     * a {@code Source:} line, body paragraphs) and moves it into the inbox in one step.
     */
    public static Path dropText(LocalPipeline pipeline, String fileName, String title, String publisher,
            List<String> paragraphs) {
        StringBuilder text = new StringBuilder()
                .append(title).append(" – ").append(publisher).append("\n\n")
                .append(title).append(" – ").append(publisher).append("\n\n")
                .append("Source: ").append(publisher).append("\n\n");
        paragraphs.forEach(paragraph -> text.append(paragraph).append("\n\n"));
        return drop(pipeline, fileName, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Any bytes under any name, for input the ingest service has to refuse. */
    public static Path drop(LocalPipeline pipeline, String fileName, byte[] content) {
        return drop(pipeline.home(), fileName, content);
    }

    /** Into {@code home}'s inbox; written outside it first, since the watcher must never see a half-written file. */
    public static Path drop(Path home, String fileName, byte[] content) {
        try {
            Path staging = Files.createDirectories(home.resolve("staging")).resolve(fileName);
            Files.write(staging, content);
            return Files.move(staging, home.resolve("inbox").resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every article in one file of {@code format}; a single-article format gets one file per article. */
    public static int dropAs(Path home, ArticleFormats format, String baseName, List<Article> articles) {
        if (format.multiArticle()) {
            drop(home, baseName + "." + format.extension(), format.write(articles));
            return 1;
        }
        for (int n = 0; n < articles.size(); n++) {
            drop(home, baseName + "-" + n + "." + format.extension(), format.write(List.of(articles.get(n))));
        }
        return articles.size();
    }

    /**
     * The articles spread over every format in turn: single-article files (txt, md, json) and multi-article files
     * (JSON Lines, RSS, JSON arrays of {@value #PER_MULTI_ARTICLE_FILE}). Returns how many files it dropped.
     */
    public static int dropMixed(Path home, String baseName, List<Article> articles) {
        int files = 0;
        int next = 0;
        for (int turn = 0; next < articles.size(); turn++) {
            ArticleFormats format = ROTATION.get(turn % ROTATION.size());
            int take = Math.min(format.multiArticle() ? PER_MULTI_ARTICLE_FILE : 1, articles.size() - next);
            files += dropAs(home, format, baseName + "-" + turn, articles.subList(next, next + take));
            next += take;
        }
        return files;
    }
}
