/** {@code .md}: front matter and CommonMark to plain text. */
package dev.newsflow.formats.markdown;
