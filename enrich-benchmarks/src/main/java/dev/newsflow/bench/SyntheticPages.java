package dev.newsflow.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Publisher-like article pages of a given size, generated from a fixed seed so every run reads the same bytes:
 * a head with meta tags, JSON-LD and scripts, a navigation bar, the article, a related-articles aside, comments and
 * a footer, in the proportions of a real news page (the article is about a fifth of the markup).
 */
final class SyntheticPages {

    private static final String[] WORDS = ("the council harbour said on river new plan would for ministers budget "
            + "school station report week residents transport weather police court market trade energy water "
            + "hospital village county ferry bridge vote members spokesperson announced later early million year "
            + "project local national workers union talks agreement museum library festival team season").split(" ");

    private SyntheticPages() {
    }

    static List<byte[]> generate(int count, int targetBytes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<byte[]> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pages.add(page(random, i, targetBytes).getBytes(StandardCharsets.UTF_8));
        }
        return pages;
    }

    private static String page(SplittableRandom random, int n, int targetBytes) {
        String headline = sentence(random, 8).replace(".", "");
        StringBuilder html = new StringBuilder(targetBytes + 4096);
        html.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>").append(headline)
                .append(" | Valley Courier</title>")
                .append("<meta property=\"og:title\" content=\"").append(headline).append("\">")
                .append("<meta property=\"og:site_name\" content=\"Valley Courier\">")
                .append("<link rel=\"canonical\" href=\"https://example.org/news/").append(n).append("\">")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",")
                .append("\"@type\":\"NewsArticle\",\"headline\":\"").append(headline)
                .append("\",\"datePublished\":\"2026-04-0").append(1 + n % 9).append("T08:30:00Z\",")
                .append("\"author\":{\"@type\":\"Person\",\"name\":\"Jo Marsh\"}}</script>")
                .append("<script>window.dataLayer=[];function track(e){dataLayer.push(e)}</script>")
                .append("<style>body{font-family:serif}.nav a{margin:4px}</style></head><body>")
                .append("<header><nav class=\"nav\">");
        for (int i = 0; i < 40; i++) {
            html.append("<a href=\"/section/").append(i).append("\">").append(word(random)).append("</a> ");
        }
        html.append("</nav></header><main><article><h1>").append(headline).append("</h1>")
                .append("<p class=\"byline\">By <a rel=\"author\" href=\"/people/jo\">Jo Marsh</a></p>")
                .append("<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Post</a></div>")
                .append("<div class=\"article-body\">");
        int articleEnd = targetBytes / 5 * 2;
        while (html.length() < articleEnd) {
            html.append("<p>").append(sentence(random, 18)).append(' ').append(sentence(random, 22))
                    .append(" <a href=\"/x\">").append(word(random)).append("</a> ").append(sentence(random, 12))
                    .append("</p>\n");
        }
        html.append("</div></article><aside class=\"related\"><h2>Related</h2><ul>");
        for (int i = 0; i < 12; i++) {
            html.append("<li><a href=\"/news/r").append(i).append("\">").append(sentence(random, 9))
                    .append("</a></li>");
        }
        html.append("</ul></aside><section id=\"comments\" class=\"comments\"><h2>Comments</h2>");
        while (html.length() < targetBytes - 2000) {
            html.append("<div class=\"comment\"><span class=\"author\">reader").append(random.nextInt(999))
                    .append("</span><p>").append(sentence(random, 25)).append("</p></div>\n");
        }
        html.append("</section></main><footer><p>© Valley Courier</p><ul>");
        for (int i = 0; i < 20; i++) {
            html.append("<li><a href=\"/about/").append(i).append("\">").append(word(random)).append("</a></li>");
        }
        return html.append("</ul></footer></body></html>").toString();
    }

    private static String sentence(SplittableRandom random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = word(random);
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i < words - 1 ? " " : ".");
        }
        return s.toString();
    }

    private static String word(SplittableRandom random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
