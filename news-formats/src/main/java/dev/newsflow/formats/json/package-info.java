/** {@code .json} and {@code .jsonl}, and the field names they and Markdown front matter accept. */
package dev.newsflow.formats.json;
