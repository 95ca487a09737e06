package dev.newsflow.formats.dates;

/**
 * The words a page puts before a date it shows to say whose date it is, in the languages dates are read in
 * ({@code Published on}, {@code Veröffentlicht am}, {@code Publié le}; {@code Updated}, {@code Aktualisiert am},
 * {@code Mis à jour le}): regular expressions to be used case-insensitively, with Unicode case.
 */
public final class DateLabels {

    /** A publication's label, with the word for "on" that may follow it. */
    public static final String PUBLISHED = "(?:(?:first\\s+)?published|posted|date|veröffentlicht|erschienen|stand"
            + "|publiée?|publicad[oa]|pubblicat[oa]|gepubliceerd|publicerad|publisert|udgivet|opublikowano)"
            + "(?:\\s+(?:on|am|le|el|em|il|op|den))?";
    /** A change's label, a whole word ("Revisiting" is none): a date after it is an update's, not the publication's. */
    public static final String CHANGED = "(?<!\\p{L})(?:updated?|modified|revised|edited|aktualisiert|geändert"
            + "|mis\\s+à\\s+jour|modifiée?|actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt|uppdaterad|oppdatert"
            + "|opdateret|zaktualizowano)(?!\\p{L})";

    private DateLabels() {
    }
}
