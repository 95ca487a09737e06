package dev.newsflow.formats.html.names;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fast form of what reading asks of every element's class names answers as the slow form it replaces: class
 * names against alternatives as the regex engine would ({@link Alternatives}).
 */
class AlternativesTest {

    private static final List<String> CLASS_NAMES = List.of("", "article-body", "story-body__inner main-content",
            "comments comments", "comment-list", "commentary", "the-ad-slot", "ad", "ads-top", "x ad", "header-ad",
            "subscriber-only", "subscribe-box", "paywall-prompt", "hid", "x hid", "hid y", "hidden", "hidx",
            "post-date", "x_date", "date-x", "updated-date", "authorization", "author", "byline",
            "SIDEBAR", "SİDEBAR", "ſidebar", "Reply-Box", "\u212Aomment", "related-stories", "social-share", "commnt",
            "commeent", "adds", "colr", "colour");

    @Test
    void alternativesFindWhatTheRegexFinds() {
        List<String> regexes = List.of(
                "-ad-|(?:^|\\s)ads?(?:-|\\s|$)|advert|banner|comment|sidebar|subscribe",
                "cookie|subscribe(?!r)|paywall-?(?:prompt|banner)|comments?(?:$|[-_ ](?:list|area))|social-?share",
                "-ad-|hidden|^hid$| hid$| hid |^hid |byline|caption",
                "published|pub-?date|(?:^|[\\s_-])date(?:$|\\s)",
                "byline|author(?!i[szt])|writtenby|dateline",
                "comme*nt|ad{1,2}s|colou?r|social-?share|x+y");
        for (String regex : regexes) {
            Alternatives alternatives = Alternatives.of(regex);
            for (String name : CLASS_NAMES) {
                assertThat(alternatives.in(name)).as(regex + " in [" + name + "]")
                        .isEqualTo(Pattern.compile(regex).matcher(name).find());
            }
        }
    }

    @Test
    void aLookbehindForAWordStartFindsWhatTheGroupBeforeItFound() {
        // the furniture lists write "at the start or after white space" as a lookbehind, so that the word that
        // follows is a literal prefix a text is searched for before any matcher runs
        List<String> names = List.of("ad", "ads", "ads-top", "x ad", "x\tads", "header-ad", "bad", "badge", "adsx",
                "advert", "advertising-box", "x advert", "adverts x", "ad-slot", "ad\nx", "road ad", "lead-ads");
        assertThat(Alternatives.literalPrefix("(?<!\\S)ad(?:s?|vert\\w*)(?:$|\\s|-)")).isEqualTo("ad");
        List<List<String>> pairs = List.of(
                List.of("(?:^|\\s)ads?(?:-|\\s|$)", "(?<!\\S)ads?(?:-|\\s|$)"),
                List.of("(?:^|\\s)(?:ads?|advert\\w*)(?:$|\\s|-)", "(?<!\\S)ad(?:s?|vert\\w*)(?:$|\\s|-)"));
        for (List<String> pair : pairs) {
            for (String name : names) {
                assertThat(Alternatives.of(pair.get(1)).in(name)).as(pair + " in [" + name + "]")
                        .isEqualTo(Pattern.compile(pair.get(0)).matcher(name).find());
            }
        }
    }

    @Test
    void ignoringCaseFoldsAsciiLettersOnlyAsTheRegexFlagDoes() {
        String regex = "comment|repl(y|ies)|related|sidebar";
        Alternatives alternatives = Alternatives.ignoringCase(regex);
        for (String name : CLASS_NAMES) {
            assertThat(alternatives.in(name)).as("[" + name + "]")
                    .isEqualTo(Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(name).find());
        }
        assertThat(alternatives.in("SIDEBAR")).isTrue();
        assertThat(alternatives.in("SİDEBAR")).isFalse();
    }

    @Test
    void aLeadingInlineFlagIsRefusedSinceItWouldNoLongerApplyToEveryAlternative() {
        assertThatThrownBy(() -> Alternatives.of("(?i)comment|sidebar")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Alternatives.of("comment|(?i)sidebar|widget")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Alternatives.of("(?:^|\\s)ads?|sidebar").in("x ads")).isTrue();
    }
}
