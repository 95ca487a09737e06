package dev.newsflow.formats.markdown;

import dev.newsflow.formats.ArticleCollector;
import dev.newsflow.formats.ArticleReader;
import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.json.FieldAliases;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.toml.TomlMapper;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown with optional YAML front matter, or Hugo's TOML between {@code +++} lines ({@code title}, {@code source},
 * {@code author}, {@code url}, {@code published}, {@code language} and the JSON aliases). Without a front-matter
 * title a heading that opens the file is the title (after blocks without words: a README's centred logo or badges);
 * one that repeats the front matter's title is not text. The rest goes through a CommonMark parser
 * ({@link MarkdownText}) and becomes plain text.
 */
public final class MarkdownReader implements ArticleReader {

    public static final String FORMAT = "md";

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n(.*?)\\n---[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
    // closed by YAML's own end of a document, "...", as Pandoc writes it: front matter only when it reads as a YAML
    // mapping (a file that opens with a rule and has a line of dots further down is Markdown throughout)
    private static final Pattern DOTS_FRONT_MATTER = Pattern.compile("\\A---\\n(.*?)\\n\\.\\.\\.[ \\t]*(?:\\n|\\z)",
            Pattern.DOTALL);
    // Hugo's other front matter, TOML between +++ lines
    private static final Pattern TOML_FRONT_MATTER = Pattern.compile(
            "\\A\\+\\+\\+\\n(.*?)\\n\\+\\+\\+[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
    // no alias may stand for a list or mapping: front matter has no use for one, and one that names itself
    // (&a [[*a]]) builds a structure that contains itself, which no reader of its values could ever finish
    private static final int MAX_YAML_ALIASES = 0;

    @Override
    public FormatResult read(String text, FormatLimits limits) {
        ArticleCollector out = new ArticleCollector(FORMAT, limits);
        Map<?, ?> meta = Map.of();
        String content = text;
        Matcher front = FRONT_MATTER.matcher(text);
        Matcher dots = DOTS_FRONT_MATTER.matcher(text);
        Matcher toml = TOML_FRONT_MATTER.matcher(text);
        if (front.find()) {
            meta = frontMatter(front.group(1));
            content = text.substring(front.end());
        } else if (dots.find() && mappingOrNull(dots.group(1)) instanceof Map<?, ?> dotted) {
            meta = dotted;
            content = text.substring(dots.end());
        } else if (toml.find()) {
            meta = tomlFrontMatter(toml.group(1));
            content = text.substring(toml.end());
        }
        FieldAliases fields = FieldAliases.of(meta);
        String unpublished = fields.unpublished();
        if (unpublished != null) { // a site generator's draft: the site does not publish it either
            out.problem(ArticleCollector.RecordLocation.document(), "not published (" + unpublished + ")");
            return out.result();
        }
        String title = fields.title();
        Node document = MarkdownText.parse(content);
        Heading heading = MarkdownText.leadingHeading(document);
        if ((title == null || title.isBlank()) && heading != null) {
            title = MarkdownText.plain(heading);
            heading.unlink();
        } else if (heading != null && title != null
                && MarkdownText.plain(heading).strip().equalsIgnoreCase(title.strip())) {
            heading.unlink(); // the front matter's title written again over the text
        }
        out.add(new ArticleCollector.Fields(title, MarkdownText.plain(document), fields.source(), fields.url(),
                fields.author(), fields.publishedAt(), fields.language()), ArticleCollector.RecordLocation.document());
        return out.result();
    }

    private static Map<?, ?> tomlFrontMatter(String toml) {
        try {
            return Toml.MAPPER.readValue(toml, Map.class);
        } catch (JacksonException e) {
            throw new FormatException(FormatException.Reason.MALFORMED, "invalid TOML front matter: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** Built on the first TOML front matter: most Markdown has YAML's or none. Its dates are read as text. */
    private static final class Toml {
        static final TomlMapper MAPPER = TomlMapper.builder().build();
    }

    /** {@code yaml} as front matter when it reads as a YAML mapping, else null. */
    private static Map<?, ?> mappingOrNull(String yaml) {
        try {
            return frontMatter(yaml);
        } catch (FormatException notFrontMatter) {
            return null;
        }
    }

    private static Map<?, ?> frontMatter(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_YAML_ALIASES);
        options.setAllowDuplicateKeys(false);
        try {
            Object loaded = new Yaml(new SafeConstructor(options)).load(yaml);
            if (loaded == null) {
                return Map.of(); // front matter with nothing in it, or comments only
            }
            if (loaded instanceof Map<?, ?> map) {
                return map;
            }
            throw new FormatException(FormatException.Reason.MALFORMED, "front matter is not a YAML mapping");
        } catch (YAMLException e) {
            String reason = e.getMessage() != null && e.getMessage().contains("aliases for non-scalar nodes")
                    ? "an alias (*name) stands for a list or mapping, which front matter has no use for"
                    : e.getMessage();
            throw new FormatException(FormatException.Reason.MALFORMED, "invalid YAML front matter: " + reason, e);
        }
    }
}
