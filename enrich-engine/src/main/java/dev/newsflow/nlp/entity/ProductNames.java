package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Products named by their maker and a model code, which the guidelines never count as entities, not even for the
 * maker inside them ("company names inside product names"): "Nintendo DS", "Sony PSP", "Motorola Razr V3", "Pontiac
 * G6". The tagger reads such a run as the company's name or a person's. A name is a product's when its first word is
 * a company (a listed organisation, or a name the article gives alone as an organisation) and its last word is a model
 * code: capitals with digits ("V3", "R800", "QV-10"), or two to four capitals that no list knows and the article also
 * uses alone ("the PSP"). Not a legal form or a broadcaster's word ("AG", "PLC", "TV"), a title, a place ("Nintendo
 * UK" is the firm's British arm), a roman numeral ("Richard III") or a name listed whole ("Sony BMG"). The model's
 * short form ("the PSP", "the Razr V3") goes with it; the maker's own mentions elsewhere stay. An acronym's plural
 * not typed a person or a place ("PCs", "PSPs", "CVs") names things of a kind, never one body, unless a list knows it
 * or its singular (a place's or a person's plural is left: "the BVIs").
 */
final class ProductNames {

    private static final int MAX_CODE_LETTERS = 4;

    private final EntityLexicon lexicon;
    private final KnownNames names;

    ProductNames(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    void drop(String text, List<Mention> mentions) {
        mentions.removeIf(m -> m.type() != EntityType.PERSON && m.type() != EntityType.LOCATION
                && m.evidence() != Mention.Evidence.KNOWN
                && NameShapes.isAcronymPlural(m.text()) && !names.isKnown(m.text())
                && !names.isKnown(m.text().substring(0, m.text().length() - 1)));
        Set<String> companies = null; // built only when some name ends in a model code, which most articles lack
        Set<String> models = null;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            String name = m.text();
            int firstSpace = name.indexOf(' ');
            if (firstSpace <= 0 || m.evidence() == Mention.Evidence.KNOWN
                    || !isModelCode(text, name.substring(name.lastIndexOf(' ') + 1)) || names.isKnown(name)) {
                continue;
            }
            if (companies == null) {
                companies = companies(mentions);
            }
            if (m.end() < text.length() && text.startsWith(" team", m.end())) {
                continue; // "the Renault F1 team" is the carmaker's racing team, an organisation
            }
            String maker = name.substring(0, firstSpace);
            if (lexicon.organizations.containsKey(maker) || companies.contains(maker)) {
                mentions.remove(i);
                models = models != null ? models : new HashSet<>();
                models.add(name.substring(firstSpace + 1));
            }
        }
        if (models != null) {
            Set<String> shortForms = models; // "the PSP" after "Sony PSP" is the product too, unless a list knows it
            mentions.removeIf(m -> shortForms.contains(m.text()) && m.evidence() != Mention.Evidence.KNOWN);
        }
    }

    /** The one-word names the article gives as organisations ("Nintendo dominates the market"). */
    private static Set<String> companies(List<Mention> mentions) {
        Set<String> found = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && m.words() == 1) {
                found.add(m.text());
            }
        }
        return found;
    }

    /**
     * Capitals with digits ("V3", "QV-10"), or two to four capitals that no list knows and that the article also uses
     * alone ("the PSP", "Nintendo's DS"): a model is called by its code, a legal form or a unit ("Fiat SPA",
     * "Vodafone KK") never stands alone.
     */
    private boolean isModelCode(String text, String word) {
        if (word.length() < 2 || word.length() > 8 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        int letters = 0;
        boolean digit = false;
        boolean roman = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c) || c == '.') {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
                roman &= "IVXLCDM".indexOf(c) >= 0;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (c != '-') {
                return false;
            }
        }
        if (digit) {
            return true;
        }
        return letters == word.length() && letters <= MAX_CODE_LETTERS && !roman && !names.isKnown(word)
                && !lexicon.orgSuffixes.contains(word) && !lexicon.titleHeads.contains(word)
                && !lexicon.honorifics.contains(word) && standsAlone(text, word);
    }

    /**
     * Whether {@code word} occurs as a word of its own after something other than a capitalised word or a number and
     * a space.
     */
    private static boolean standsAlone(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((end < text.length() && Character.isLetterOrDigit(text.charAt(end)))
                    || (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))) {
                continue; // inside a longer word
            }
            // a number is a name's word too: "LW" of "BBC Radio 4 LW" is the station's waveband, no model
            boolean afterName = at >= 2 && text.charAt(at - 1) == ' ' && (Character.isDigit(text.charAt(at - 2))
                    || (Character.isLetter(text.charAt(at - 2)) && startsCapitalised(text, at - 2)));
            if (!afterName) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word ending at {@code last} starts with a capital and is no article ("The PSP costs ..."). */
    private static boolean startsCapitalised(String text, int last) {
        int start = last;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return Character.isUpperCase(text.charAt(start))
                && !NameShapes.isArticle(text.substring(start, last + 1).toLowerCase(Locale.ROOT));
    }
}
