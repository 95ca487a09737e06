package dev.newsflow.enrich.engine;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Hostile news texts, reproducible from a seed and a number: self-written news-like sentences, joined and then
 * mutated the ways web pages and feeds break text (empty and punctuation-only sentences, huge tokens, mixed scripts,
 * control and combining characters, lone surrogates, unbalanced quotes and brackets, all-caps, no spaces, cut
 * mid-word). Each article number has its own random stream, so any one can be regenerated alone and articles can be
 * checked in parallel. Not thread-safe: one instance per article.
 */
final class MutatedNewsTexts {

    private static final List<String> SENTENCES = List.of(
            "The city council of Lakeview approved a new ferry line on Monday.",
            "Prime Minister Elena Vasquez met President John Okafor in Geneva on Tuesday.",
            "Shares of Northwind Holdings Inc. fell 4.5% after the company cut its forecast.",
            "\"We will not back down,\" said Maria Ortega, a spokeswoman for the union.",
            "PODGORICA, March 3 - Montenegro's parliament passed the budget late on Friday.",
            "The U.S. and the European Union agreed on new tariffs, officials said.",
            "Floods hit northern Serbia and parts of Bosnia, leaving thousands without power.",
            "Dr. Amara Singh of the World Health Organization (WHO) warned of a new outbreak.",
            "Striker Luis Moreno scored twice as Riverside FC beat Harbour United 3-1 in the semi-final.",
            "Canada-Mexico talks resumed in Ottawa; the Madrid-based bank declined to comment.",
            "Mr. O'Neill, 54, told reporters in New York that the e-mail was well-known to staff.",
            "Protesters marched through Paris (and Lyon) on Saturday, police said.",
            "Tech firm Brightpath said on Wednesday it would hire 2,000 engineers in India.",
            "The ceasefire, brokered by Qatar and Egypt, held for a third day.",
            "Jean-Luc Martin, the mayor of Aulnay-sous-Bois, resigned after a long dispute.",
            "OSLO - Norway's oil fund posted a record return in the third quarter.",
            "Fans of Chelsea and Barcelona clashed before the Champions League semi-final.",
            "Officials in Kiev and Bombay reported power cuts, according to state media.",
            "the storm moved north overnight, and forecasters expect heavy rain through Sunday",
            "WORLD LEADERS GATHER IN NEW YORK FOR CLIMATE SUMMIT",
            "Talks Collapse As Unions Reject Final Offer From Metro Rail Board",
            "Ex-King Michael's estate was sold to an unnamed buyer for $12 million.",
            "Sen. Mark Ellison said the bill would pass \"within weeks.\"",
            "<Ashford Mills Corp> said it agreed to buy Kestrel Foods for 40 mln dlrs.",
            "e-mail.",
            "U.S.-China ties: what next?");

    private static final List<String> PUNCTUATION = List.of(".", "...", "!!!", "?!?", ". . .", "\u2014", "--", "- -",
            "\"\"", "()", "''", "\u2026", "\u2022", "***", "-", ",", ";", "'s", "\u2019s", "&", "/");
    private static final List<String> FOREIGN = List.of("\u041c\u043e\u0441\u043a\u0432\u0430", "\u0391\u03b8\u03ae\u03bd\u03b1",
            "\u0627\u0644\u0642\u0627\u0647\u0631\u0629", "\u5317\u4eac", "\u0928\u0908 \u0926\u093f\u0932\u094d\u0932\u0940",
            "Z\u00fcrich", "\u0130stanbul", "\u0130", "\u01c5emal", "\u03a3\u038a\u03a3\u03a5\u03a6\u039f\u03a3",
            "\u05e9\u05dc\u05d5\u05dd", "\ud83c\uddf2\ud83c\uddea", "\ud83d\udc4d\ud83c\udffd", "\ud835\udc01\ud835\udc28\ud835\udc25\ud835\udc1d",
            "\ufb01nance", "Stra\u00dfe", "\u1e9e", "\u0149", "\u2160\u2161");
    private static final String ODD_CHARS = "\u0000\u0001\u0007\u0008\t\u000b\u000c\r\u001b\u001f\u007f\u0085\u00a0"
            + "\u00ad\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202e\ufeff\ufffd\ud800\udc00\u0301\u0308\u0327\u20dd\u0489"
            + "\"\u201c\u201d\u2018\u2019'\u00ab\u00bb()[]{}<>-.";

    private final SplittableRandom random;
    private final List<UnaryOperator<String>> mutations;

    /** The texts of article {@code number} of the run seeded with {@code seed}. */
    MutatedNewsTexts(long seed, int number) {
        this.random = new SplittableRandom(seed * 1_000_003L + number); // SplittableRandom mixes the seed itself
        this.mutations = List.of(
                text -> "",
                text -> insert(text, "\n" + pick(PUNCTUATION) + "\n"),
                text -> insert(text, " " + pick(PUNCTUATION) + " "),
                text -> insert(text, " " + hugeToken() + " "),
                text -> insert(text, " " + pick(FOREIGN) + " "),
                text -> insertOddChars(text),
                text -> text.toUpperCase(Locale.ROOT),
                text -> text.toLowerCase(Locale.ROOT),
                text -> text.replace(" ", ""),
                text -> text.replaceAll("\\s+", pick(List.of("\n", "\n\n", "\r\n", "\t", "  ", "\u00a0", "-"))),
                this::cut,
                this::repeatSpan,
                text -> text.substring(0, random.nextInt(text.length() + 1)));
    }

    /** A title: one sentence (or none), then up to three mutations. */
    String title() {
        return text(random.nextInt(2));
    }

    /** A body: up to three sentences, then up to three mutations. */
    String body() {
        return text(random.nextInt(4));
    }

    private String text(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append(pick(SENTENCES)).append(pick(List.of(" ", " ", "\n", "\n\n", "")));
        }
        String mutated = text.toString();
        int rounds = random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            mutated = pick(mutations).apply(mutated);
        }
        return mutated;
    }

    private String hugeToken() {
        int length = 100 + random.nextInt(900);
        StringBuilder token = new StringBuilder(length);
        switch (random.nextInt(4)) {
            case 0 -> token.append(String.valueOf((char) ('a' + random.nextInt(26))).repeat(length));
            case 1 -> random.ints(length, 'A', 'z' + 1).forEach(c -> token.append((char) c));
            case 2 -> {
                while (token.length() < length) {
                    token.append(pick(SENTENCES).split(" ")[0]).append('-');
                }
            }
            default -> random.ints(length, 0, ODD_CHARS.length()).forEach(i -> token.append(ODD_CHARS.charAt(i)));
        }
        return token.toString();
    }

    private String insertOddChars(String text) {
        StringBuilder out = new StringBuilder(text);
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            out.insert(random.nextInt(out.length() + 1), ODD_CHARS.charAt(random.nextInt(ODD_CHARS.length())));
        }
        return out.toString();
    }

    private String cut(String text) {
        int from = random.nextInt(text.length() + 1);
        int to = from + random.nextInt(text.length() - from + 1);
        return text.substring(0, from) + text.substring(to);
    }

    private String repeatSpan(String text) {
        int from = random.nextInt(text.length() + 1);
        int to = Math.min(text.length(), from + random.nextInt(40));
        return text.substring(0, to) + text.substring(from, to).repeat(random.nextInt(20)) + text.substring(to);
    }

    private String insert(String text, String piece) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + piece + text.substring(at);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
