package dev.newsflow.bench;

/**
 * One saved page of a reading suite and what its authors expect a reader to find in it; a reference field is null
 * when the suite does not say, and such a field is not scored.
 *
 * @param html      the page's bytes as a reader would be given them
 * @param published the publication time as the suite writes it: an ISO instant, or a bare day ({@code 2016-11-28})
 * @param opening   the first words of the main text, when the suite gives only those instead of the whole text
 */
record SuitePage(String name, byte[] html, String title, String byline, String siteName, String published,
                 String language, String text, String opening) {
}
