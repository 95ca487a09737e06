package dev.newsflow.ingest.watch;

import org.junit.jupiter.api.Test;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameFilterTest {

    /** ingest.exclude's default (IngestSettings). */
    private static final List<String> DEFAULT_EXCLUDE = List.of(".*", "*.tmp", "*.part", "*.crdownload", "~$*");

    private static final NameFilter DEFAULTS = new NameFilter(List.of(), DEFAULT_EXCLUDE);

    @Test
    void theDefaultsRefuseHiddenTemporaryAndPartialFilesAndTakeEveryOther() {
        assertThat(List.of(".hidden.txt", ".", "..txt", "draft.txt.tmp", "big.jsonl.part", "page.html.crdownload",
                "~$report.txt", "inbox/sub/.sync.jsonl"))
                .allSatisfy(name -> assertThat(DEFAULTS.accepts(Path.of(name))).as(name).isFalse());
        assertThat(List.of("article.txt", "a.tmp.txt", "tmp", "part.md", "report~$.txt", "x.crdownload.json",
                "feed.xml.gz", "no extension", "café – été.txt", "inbox/sub/a.txt"))
                .allSatisfy(name -> assertThat(DEFAULTS.accepts(Path.of(name))).as(name).isTrue());
    }

    @Test
    void namesAreMatchedWithTheirCaseAsTheFileSystemsGlobMatchesThem() {
        NameFilter onlyText = new NameFilter(List.of("*.txt"), DEFAULT_EXCLUDE);

        assertThat(DEFAULTS.accepts(Path.of("draft.TMP"))).isTrue();
        assertThat(onlyText.accepts(Path.of("a.txt"))).isTrue();
        assertThat(onlyText.accepts(Path.of("a.TXT"))).isFalse();
        assertThat(onlyText.accepts(Path.of("a.txt.gz"))).isFalse();
        assertThat(onlyText.accepts(Path.of("a.tmp.txt"))).isTrue();
        assertThat(onlyText.accepts(Path.of(".a.txt"))).as("exclusion wins").isFalse();
    }

    @Test
    void hiddenAndExcludedFoldersAreNotDescendedInto() {
        NameFilter filter = new NameFilter(List.of("*.txt"), List.of(".*", "archive"));

        assertThat(filter.descendsInto(Path.of("inbox/.sync"))).isFalse();
        assertThat(filter.descendsInto(Path.of("inbox/archive"))).isFalse();
        assertThat(filter.descendsInto(Path.of("inbox/archive-2026"))).isTrue();
        assertThat(filter.descendsInto(Path.of("inbox/reuters"))).isTrue();
    }

    @Test
    void everyGlobTakesExactlyTheNamesTheFileSystemsGlobTakes() {
        List<String> globs = List.of(".*", "*.tmp", "~$*", "*", "**", "", "notes.txt", "*.TXT", "a*b", "*a*", "?.txt",
                "article-[0-9]*.{txt,md}", "\\*.txt", "*.txt*", "$*", "*.", ".", "caf\u00e9*", "*\u00e9.txt");
        List<String> names = List.of(".hidden", ".", "a.tmp", "a.tmp.txt", "tmp", ".tmp", "~$x", "x~$", "notes.txt",
                "notes.txt.bak", "a.TXT", "a.txt", "ab", "axb", "ba", "1.txt", "article-7.md", "article-x.txt", "*.txt",
                "a.txt.gz", "$x", "a.", "a.tmp\n", "line\nbreak.tmp", "", "caf\u00e9.txt", "cafe\u0301.txt");
        for (String glob : globs) {
            var reference = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            NameFilter including = new NameFilter(List.of(glob), List.of());
            NameFilter excluding = new NameFilter(List.of(), List.of(glob));
            for (String name : names) {
                Path file = Path.of("inbox", name);
                boolean expected = reference.matches(file.getFileName());
                assertThat(including.accepts(file)).as("include %s, name \"%s\"", glob, name).isEqualTo(expected);
                assertThat(excluding.accepts(file)).as("exclude %s, name \"%s\"", glob, name).isEqualTo(!expected);
            }
        }
    }
}
