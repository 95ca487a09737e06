/**
 * Bytes to text (charset, gzip, line ends, binary data refused), the text helpers every reader uses, and {@code .txt}.
 */
package dev.newsflow.formats.text;
