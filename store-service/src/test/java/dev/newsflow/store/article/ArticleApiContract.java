package dev.newsflow.store.article;

import com.jayway.jsonpath.JsonPath;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.store.TestArticles;
import dev.newsflow.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.newsflow.store.article.ArticleFixtures.BUDGET;
import static dev.newsflow.store.article.ArticleFixtures.FERRY_STRIKE;
import static dev.newsflow.store.article.ArticleFixtures.FRENCH_REOPENING;
import static dev.newsflow.store.article.ArticleFixtures.NEWEST_FIRST;
import static dev.newsflow.store.article.ArticleFixtures.STORM;
import static dev.newsflow.store.article.ArticleFixtures.TERMINAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/articles and /api/articles/{id} as a client sees them; run on H2 and on PostgreSQL. */
abstract class ArticleApiContract {

    private final MockMvc mvc;
    private final ArticleWriter writer;
    private final JdbcClient jdbc;

    protected ArticleApiContract(MockMvc mvc, ArticleWriter writer, JdbcClient jdbc) {
        this.mvc = mvc;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void storeFixtures() {
        TestDatabase.clear(jdbc, writer);
        writer.storeAll(NEWEST_FIRST.stream().map(TestArticles::incoming).toList());
    }

    @Test
    void listsNewestFirstByPublishedTimeFallingBackToIngestedTime() throws Exception {
        assertThat(ids(get("/api/articles"))).containsExactlyElementsOf(idsOf(NEWEST_FIRST));
    }

    @Test
    void servesOneArticleInTheContractShape() throws Exception {
        mvc.perform(get("/api/articles/{id}", TERMINAL.id()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(TERMINAL.id()))
                .andExpect(jsonPath("$.title").value(TERMINAL.title()))
                .andExpect(jsonPath("$.source").value("Coast Courier"))
                .andExpect(jsonPath("$.publishedAt").value("2025-03-01T08:00:00Z"))
                .andExpect(jsonPath("$.sentiment.label").value("positive"))
                .andExpect(jsonPath("$.entities[0].name").value("Marta Lindqvist"))
                .andExpect(jsonPath("$.entities[0].type").value("PERSON"))
                .andExpect(jsonPath("$.entities[0].aliases[0]").value("Lindqvist"))
                .andExpect(jsonPath("$.entities[0].sentiment.label").value("positive"))
                .andExpect(jsonPath("$.url").doesNotExist());
    }

    /**
     * The record's own bytes: its key order, spacing, and spelling of numbers and escapes as the topic carried them
     * (PostgreSQL's JSONB re-wrote all of them before V13, H2's JSON type the last two before V7).
     */
    @Test
    void servesTheDocumentAsReceived() throws Exception {
        IncomingArticle plain = TestArticles.article("Caf\u00e9 on the quay reopens").incoming();
        String received = plain.json().replaceFirst("\\{",
                "{ \"weight\" :\t1.0E-4,\n  \"note\": \"caf\\\\u00e9 \\\\/ pier\" ,");
        writer.storeAll(List.of(new IncomingArticle(plain.article(), plain.entities(), received)));

        String served = mvc.perform(get("/api/articles/{id}", plain.article().id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(served).isEqualTo(received);
    }

    @Test
    void unknownIdIsA404Problem() throws Exception {
        mvc.perform(get("/api/articles/{id}", "0123456789abcdef0123456789abcdef"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail", containsString("0123456789abcdef0123456789abcdef")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            entity=marta lindqvist                 | STORM TERMINAL
            entity=LINDQVIST                       | STORM TERMINAL
            entity=Port Authority                  | TERMINAL
            entityType=ORGANIZATION                | FERRY_STRIKE TERMINAL
            entity=Nordhavn&entityType=LOCATION    | FRENCH_REOPENING STORM TERMINAL
            entity=Nordhavn&entityType=PERSON      |
            entity=Atlantis                        |
            source=Daily Ledger                    | FERRY_STRIKE BUDGET
            sentiment=negative                     | FERRY_STRIKE STORM
            sentiment=POSITIVE                     | FRENCH_REOPENING TERMINAL
            minScore=0                             | FRENCH_REOPENING TERMINAL BUDGET
            maxScore=-0.5                          | STORM
            minScore=-0.5&maxScore=0.3             | FRENCH_REOPENING FERRY_STRIKE BUDGET
            language=fr                            | FRENCH_REOPENING
            language=EN&source=Coast Courier       | STORM TERMINAL
            from=2025-03-02&to=2025-03-04          | FERRY_STRIKE STORM
            from=2025-03-02T08:00:00Z              | FRENCH_REOPENING FERRY_STRIKE STORM
            to=2025-03-02T08:00:00Z                | TERMINAL BUDGET
            time=ingested&from=2025-03-04          | FRENCH_REOPENING
            time=ingested&to=2025-03-01T08:05:00Z  | BUDGET
            source=x' OR '1'='1                    |
            """)
    void filtersCombineWithAnd(String query, String expected) throws Exception {
        assertThat(ids(get("/api/articles?" + query))).containsExactlyElementsOf(idsOf(fixtures(expected)));
    }

    @Test
    void searchFindsWordsInTitleAndBodyAndRanksTitleMatchesFirst() throws Exception {
        List<String> found = ids(get("/api/articles").param("q", "ferry"));
        assertThat(found).containsExactlyInAnyOrder(FERRY_STRIKE.id(), TERMINAL.id(), BUDGET.id());
        assertThat(found.getLast()).as("only its body mentions a ferry").isEqualTo(BUDGET.id());
        assertThat(ids(get("/api/articles").param("q", "ferry").param("source", "Daily Ledger")))
                .containsExactly(FERRY_STRIKE.id(), BUDGET.id());
        assertThat(ids(get("/api/articles").param("q", "volcano"))).isEmpty();
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() throws Exception {
        assertThat(allPages("/api/articles?limit=2")).containsExactlyElementsOf(idsOf(NEWEST_FIRST));
        assertThat(allPages("/api/articles?limit=1&q=ferry"))
                .containsExactlyElementsOf(ids(get("/api/articles").param("q", "ferry")));
        assertThat(allPages("/api/articles?limit=1&sentiment=negative"))
                .containsExactly(FERRY_STRIKE.id(), STORM.id());
        assertThat(allPages("/api/articles?limit=1&entity=Nordhavn&entityType=LOCATION"))
                .containsExactlyElementsOf(idsOf(fixtures("FRENCH_REOPENING STORM TERMINAL")));
    }

    @Test
    void lastPageHasNoCursor() throws Exception {
        mvc.perform(get("/api/articles?limit=5")).andExpect(jsonPath("$.nextCursor").doesNotExist());
        mvc.perform(get("/api/articles?limit=4")).andExpect(jsonPath("$.nextCursor").isString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            limit=0                                | limit
            limit=201                              | limit
            limit=ten                              | limit
            sentiment=happy                        | sentiment
            entityType=THING                       | entityType
            minScore=2                             | minScore
            maxScore=low                           | maxScore
            minScore=0.5&maxScore=0.1              | minScore
            from=yesterday                         | from
            from=2025-03-02&to=2025-03-01          | from
            time=updated                           | time
            cursor=not-a-cursor                    | cursor
            """)
    void invalidParametersAre400ProblemsNamingTheParameter(String query, String parameter) throws Exception {
        mvc.perform(get("/api/articles?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.invalidParams[0].name").value(parameter))
                .andExpect(jsonPath("$.detail", containsString(parameter)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T00:00:00Z", "+10000-01-01T00:00:00Z", "0000-12-31T23:00:00Z",
            "0001-01-01T00:30:00+01:00"})
    void timesOutsideTheYears0001To9999Are400s(String time) throws Exception {
        mvc.perform(get("/api/articles").param("from", time))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[0].name").value("from"))
                .andExpect(jsonPath("$.detail", containsString("0001 to 9999")));
        mvc.perform(get("/api/entities").param("to", time))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("to"));
        mvc.perform(get("/api/articles").param("to", "9999-12-31T23:59:59Z")).andExpect(status().isOk());
    }

    @Test
    void everyInvalidParameterIsReportedAtOnce() throws Exception {
        mvc.perform(get("/api/articles?limit=0&sentiment=glad&q=" + "x".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams.length()").value(3));
    }

    @Test
    void aSearchCursorIsRefusedForAListingAndViceVersa() throws Exception {
        String searchCursor = JsonPath.read(mvc.perform(get("/api/articles?limit=1&q=ferry"))
                .andReturn().getResponse().getContentAsString(), "$.nextCursor");
        mvc.perform(get("/api/articles").param("cursor", searchCursor))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("cursor"));
        String listCursor = JsonPath.read(mvc.perform(get("/api/articles?limit=1"))
                .andReturn().getResponse().getContentAsString(), "$.nextCursor");
        mvc.perform(get("/api/articles").param("q", "ferry").param("cursor", listCursor))
                .andExpect(status().isBadRequest());
    }

    private List<String> allPages(String firstPage) throws Exception {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = get(firstPage);
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            seen.addAll(JsonPath.read(body, "$.items[*].id"));
            cursor = JsonPath.<java.util.Map<String, Object>>read(body, "$").containsKey("nextCursor")
                    ? JsonPath.read(body, "$.nextCursor") : null;
        } while (cursor != null);
        return seen;
    }

    private List<String> ids(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.items[*].id");
    }

    private static List<String> idsOf(List<ArticleEnriched> articles) {
        return articles.stream().map(ArticleEnriched::id).toList();
    }

    private static List<ArticleEnriched> fixtures(String names) {
        if (names == null) {
            return List.of();
        }
        return Arrays.stream(names.trim().split("\\s+")).map(name -> switch (name) {
            case "FRENCH_REOPENING" -> FRENCH_REOPENING;
            case "FERRY_STRIKE" -> FERRY_STRIKE;
            case "STORM" -> STORM;
            case "TERMINAL" -> TERMINAL;
            case "BUDGET" -> BUDGET;
            default -> throw new IllegalArgumentException(name);
        }).toList();
    }
}
