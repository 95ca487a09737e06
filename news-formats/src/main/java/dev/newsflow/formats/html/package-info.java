/**
 * {@code .html}: a page's main text, the way Readability finds it (furniture removed, containers scored, the best one
 * widened and cleaned), and HTML to paragraphs of text. The page's title, author, site, date and language are
 * {@link dev.newsflow.formats.html.metadata}. Both use {@link dev.newsflow.formats.html.names} (tag names, class and
 * id, word lists); metadata uses nothing of this package.
 */
package dev.newsflow.formats.html;
