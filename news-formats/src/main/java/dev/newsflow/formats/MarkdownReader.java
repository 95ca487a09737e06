package dev.newsflow.formats;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown with optional YAML front matter ({@code title}, {@code source}, {@code author}, {@code url},
 * {@code published}, {@code language} and the JSON aliases). Without a front-matter title the first {@code # }
 * heading is the title. Markdown markup is reduced to plain text: the engine downstream reads prose, and a full
 * CommonMark parser would be a dependency for five substitutions.
 */
final class MarkdownReader implements ArticleReader {

    static final String FORMAT = "md";

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n(.*?)\\n---[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
    private static final Pattern FIRST_HEADING = Pattern.compile("\\A\\s*#\\s+(.+?)\\s*#*\\s*(?:\\n|\\z)");
    private static final Pattern BLANK_LINE_RUN = Pattern.compile("\\n{3,}");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^]]*)]\\([^)]*\\)");
    private static final Pattern HEADING_MARK = Pattern.compile("(?m)^#{1,6}\\s+");
    private static final Pattern QUOTE_OR_BULLET = Pattern.compile("(?m)^(?:>\\s?|[*+-]\\s+)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|`)(\\S(?:.*?\\S)?)\\1");
    private static final int MAX_YAML_ALIASES = 10;

    @Override
    public FormatResult read(String text, FormatLimits limits) {
        ArticleCollector out = new ArticleCollector(FORMAT, limits);
        Map<String, Object> meta = Map.of();
        String content = text;
        Matcher front = FRONT_MATTER.matcher(text);
        if (front.find()) {
            meta = frontMatter(front.group(1));
            content = text.substring(front.end());
        }
        FieldAliases fields = FieldAliases.of(meta);
        String title = fields.title();
        if (title == null) {
            Matcher heading = FIRST_HEADING.matcher(content);
            if (heading.find()) {
                title = heading.group(1);
                content = content.substring(heading.end());
            }
        }
        out.add(new ArticleCollector.Fields(title, plain(content), fields.source(), fields.url(), fields.author(),
                fields.publishedAt(), fields.language()), ArticleCollector.RecordLocation.document());
        return out.result();
    }

    private static Map<String, Object> frontMatter(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_YAML_ALIASES);
        options.setAllowDuplicateKeys(false);
        try {
            Object loaded = new Yaml(new SafeConstructor(options)).load(yaml);
            if (loaded instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) map;
                return typed;
            }
            throw new FormatException(FormatException.Reason.MALFORMED, "front matter is not a YAML mapping");
        } catch (YAMLException e) {
            throw new FormatException(FormatException.Reason.MALFORMED, "invalid YAML front matter: " + e.getMessage(), e);
        }
    }

    private static String plain(String markdown) {
        String text = IMAGE.matcher(markdown).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = HEADING_MARK.matcher(text).replaceAll("");
        text = QUOTE_OR_BULLET.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        return BLANK_LINE_RUN.matcher(text).replaceAll("\n\n").strip();
    }
}
