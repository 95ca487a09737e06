/** RSS and Atom feeds: every item an article. */
package dev.newsflow.formats.feed;
