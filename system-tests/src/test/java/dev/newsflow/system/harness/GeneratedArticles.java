package dev.newsflow.system.harness;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Articles a scenario makes up: all from one publisher unique to this run, so a scenario counts its own articles on
 * the topics and in the store API (a PostgreSQL database keeps earlier runs' rows), each with a distinct title and so
 * a distinct id.
 */
public record GeneratedArticles(String publisher, int count) {

    private static final List<String> TOWNS = List.of("Bramfield", "Portmell", "Ashcombe", "Lindale", "Harwick",
            "Osterley Bay", "Kelmarsh", "Trewin", "Dunmore", "Saltgate");
    private static final List<String> PEOPLE = List.of("Ruth Okafor", "Ada Trelawny", "Tomas Varga", "Ines Moreau",
            "Samuel Achterberg", "Priya Raman", "Owen Pryce", "Mei Lindqvist");
    private static final List<String> EVENTS = List.of(
            "approved a budget for repairs to the market square",
            "opened a new footbridge over the river after two years of work",
            "warned that the flooded coast road will stay closed for weeks",
            "celebrated the return of the summer music festival",
            "reported a sharp fall in bus passengers since the fares went up",
            "welcomed a grant that will keep the village library open",
            "criticised the delays at the hospital's emergency department",
            "announced that the harbour will host a tall ships race next year");

    /** A new publisher name for the scenario named {@code scenario}. */
    public static GeneratedArticles of(String scenario, int count) {
        return new GeneratedArticles(scenario + " Gazette " + UUID.randomUUID().toString().substring(0, 8), count);
    }

    public List<Article> all() {
        return IntStream.range(0, count).mapToObj(this::article).toList();
    }

    public List<Article> range(int from, int to) {
        return IntStream.range(from, to).mapToObj(this::article).toList();
    }

    private Article article(int n) {
        String town = TOWNS.get(n % TOWNS.size());
        String person = PEOPLE.get(n / TOWNS.size() % PEOPLE.size());
        String event = EVENTS.get(n / 3 % EVENTS.size());
        String title = "Council of " + town + " " + event + " (report " + n + ", " + publisher + ")";
        String body = "The council of " + town + " " + event + " on Tuesday, in report " + n + " of this series.\n\n"
                + "Councillor " + person + " said the decision showed that " + town + " listens to its residents, "
                + "while critics in the town hall called it too little, too late.\n\n"
                + "A final vote is expected next month, after a public meeting at the community centre.";
        return new Article(title, body, publisher);
    }

    /** One made-up news article. */
    public record Article(String title, String body, String publisher) {
    }
}
