/**
 * The names an element carries, matched fast because reading asks them of every element of a page: constant sets of
 * tag names ({@link dev.newsflow.formats.html.names.TagNames}), an element's class and id as one lower-case text
 * ({@link dev.newsflow.formats.html.names.ClassAndId}), lists of words looked for in it
 * ({@link dev.newsflow.formats.html.names.Alternatives}) and the other names of comment sections
 * ({@link dev.newsflow.formats.html.names.CommentSections}). Both the main-text reader and the metadata rules use
 * them, so they live below both.
 */
package dev.newsflow.formats.html.names;
