/**
 * What a page says about its article: title, author, site name, address, publication date and language, from JSON-LD,
 * meta tags and markup ({@link dev.newsflow.formats.html.metadata.PageMetadata}).
 */
package dev.newsflow.formats.html.metadata;
