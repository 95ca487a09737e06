package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.text.Spaces;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The author the page's meta tags name, every one of them: papers, reports and wire stories write one tag per person
 * ({@code <meta name="DC.Creator">} twice, {@code citation_author} for each author of a journal article), and all of
 * them wrote it. The first key in {@link #KEYS} with a name wins; its names are joined by {@code ", "}, or by
 * {@code "; "} when a name is written {@code Last, First}, so the people stay apart. A URL is no name
 * ({@code article:author} is usually the author's page), and neither is a bare "By" (a template's empty name field).
 * The site's own name may be skipped too: site builders fill an author tag with the site's title
 * ({@code <meta itemprop="author" content="Studio Name">}) whoever wrote the post.
 */
final class DeclaredAuthors {

    private static final List<String> KEYS = List.of("dc.creator", "dcterms.creator", "author", "parsely-author",
            "sailthru.author", "byl", "article:author", "citation_author");

    private static final Pattern HOST = Pattern.compile("[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");

    private DeclaredAuthors() {
    }

    /** The names, joined; null when no key names anyone. */
    static String of(MetaTags meta) {
        return of(meta, null);
    }

    /** The names, joined, the site's name ({@code siteName}, when not null) not among them; null when none is left. */
    static String of(MetaTags meta, String siteName) {
        for (String key : KEYS) {
            List<String> values = meta.all(key);
            if (values.isEmpty()) {
                continue; // most keys on most pages: no list made for them
            }
            List<String> names = new ArrayList<>(values.size());
            for (String value : values) {
                if (!isUrl(value) && Byline.hasName(value) && !isSite(value, siteName)) {
                    names.add(value);
                }
            }
            if (!names.isEmpty()) {
                boolean inverted = names.size() > 1 && names.stream().anyMatch(name -> name.indexOf(',') >= 0);
                return String.join(inverted ? "; " : ", ", names);
            }
        }
        return null;
    }

    private static boolean isSite(String value, String siteName) {
        return siteName != null && Spaces.collapsed(value).strip().equalsIgnoreCase(Spaces.collapsed(siteName).strip());
    }

    /**
     * An address, with or without its scheme: {@code https://www.facebook.com/jdoe}, {@code /staff/jdoe},
     * {@code www.facebook.com/jdoe}, {@code facebook.com/jdoe} (one word: a lower-case host with a dot and a top-level
     * domain of two letters or more, then a slash). A wire credit is a name: {@code A.Roth/dpa}, {@code J.Smith/AP}.
     */
    static boolean isUrl(String value) {
        if (value.startsWith("http") || value.startsWith("/") || value.startsWith("www.")) {
            return true;
        }
        int slash = value.indexOf('/');
        return slash > 0 && value.indexOf(' ') < 0 && HOST.matcher(value).region(0, slash).matches();
    }
}
