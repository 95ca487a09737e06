package dev.newsflow.ingest.watch;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/** Include/exclude globs on file names; exclusion wins, an empty include list takes everything. */
final class NameFilter {

    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;

    NameFilter(List<String> include, List<String> exclude) {
        this.include = include.stream().map(NameFilter::glob).toList();
        this.exclude = exclude.stream().map(NameFilter::glob).toList();
    }

    boolean accepts(Path file) {
        Path name = file.getFileName();
        return exclude.stream().noneMatch(m -> m.matches(name))
                && (include.isEmpty() || include.stream().anyMatch(m -> m.matches(name)));
    }

    /** Folders that are hidden or excluded by name are not descended into. */
    boolean descendsInto(Path folder) {
        Path name = folder.getFileName();
        return !name.toString().startsWith(".") && exclude.stream().noneMatch(m -> m.matches(name));
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }
}
