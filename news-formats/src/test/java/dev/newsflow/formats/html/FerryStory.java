package dev.newsflow.formats.html;

/** A short news story the body and comment tests build their pages around: its title and three paragraphs. */
final class FerryStory {

    static final String TITLE = "<title>Ferry timetable cut for the winter</title>";
    static final String HEADLINE = "<h1>Ferry timetable cut for the winter</h1>";
    static final String FIRST = "The island's ferry will sail twice a day instead of four times from November,"
            + " the operator said on Tuesday, after two of its crews left for jobs on the mainland.";
    static final String SECOND = "Shopkeepers in the harbour town said the cut would leave them without"
            + " fresh bread on most mornings, and the school asked for the early sailing to be kept.";
    static final String THIRD = "The operator said it would review the timetable in March, once new crews"
            + " had finished their training, and that freight sailings would not change.";

    private FerryStory() {
    }

    static String p(String text) {
        return "<p>" + text + "</p>";
    }
}
