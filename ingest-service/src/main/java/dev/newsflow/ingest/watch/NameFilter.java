package dev.newsflow.ingest.watch;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/** Include/exclude globs on file names; exclusion wins, an empty include list takes everything. */
final class NameFilter {

    private final List<NameGlob> include;
    private final List<NameGlob> exclude;

    NameFilter(List<String> include, List<String> exclude) {
        this.include = include.stream().map(NameGlob::of).toList();
        this.exclude = exclude.stream().map(NameGlob::of).toList();
    }

    boolean accepts(Path file) {
        Path name = file.getFileName();
        return !anyMatches(exclude, name) && (include.isEmpty() || anyMatches(include, name));
    }

    /** Folders that are hidden or excluded by name are not descended into. */
    boolean descendsInto(Path folder) {
        Path name = folder.getFileName();
        return !name.toString().startsWith(".") && !anyMatches(exclude, name);
    }

    private static boolean anyMatches(List<NameGlob> globs, Path name) {
        for (NameGlob glob : globs) {
            if (glob.matches(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One glob. Those that are an ASCII literal with at most one {@code *} at either end ({@code .*}, {@code *.tmp}:
     * every default) are matched as a prefix or suffix, as a case-sensitive file system's glob matches them (a
     * {@code *} never reaching past a {@code /}, which a file name has not): every scan asks every exclude glob of
     * every name in the inbox, and each was a regex run under C1. Any other glob goes to the file system's matcher, and
     * so does every glob where that matcher ignores case (Windows); a non-ASCII literal too (macOS's matcher takes
     * canonically equivalent forms of an accented letter as equal).
     *
     * @param matcher the file system's matcher, or null for a literal glob
     */
    private record NameGlob(PathMatcher matcher, String prefix, String suffix, boolean exact) {

        private static final String GLOB_SYNTAX = "*?[]{}\\";
        private static final boolean CASE_SENSITIVE =
                !FileSystems.getDefault().getPathMatcher("glob:a").matches(Path.of("A"));

        static NameGlob of(String pattern) {
            boolean leading = pattern.startsWith("*");
            boolean trailing = pattern.length() > (leading ? 1 : 0) && pattern.endsWith("*");
            String literal = pattern.substring(leading ? 1 : 0, pattern.length() - (trailing ? 1 : 0));
            if (!CASE_SENSITIVE || literal.chars().anyMatch(c -> c >= 0x80 || GLOB_SYNTAX.indexOf(c) >= 0)
                    || (leading && trailing)) {
                return new NameGlob(FileSystems.getDefault().getPathMatcher("glob:" + pattern), null, null, false);
            }
            if (leading) {
                return new NameGlob(null, "", literal, false);
            }
            return trailing ? new NameGlob(null, literal, "", false) : new NameGlob(null, literal, "", true);
        }

        boolean matches(Path name) {
            if (matcher != null) {
                return matcher.matches(name);
            }
            String text = name.toString();
            return exact ? text.equals(prefix) : text.startsWith(prefix) && text.endsWith(suffix);
        }
    }
}
