package dev.newsflow.ingest.api;

import dev.newsflow.formats.RecordProblem;

import java.util.List;

/** An upload that was readable but held no article worth publishing. */
class NoUsableArticleException extends RuntimeException {

    private final List<RecordProblem> problems;

    NoUsableArticleException(List<RecordProblem> problems) {
        super("no usable article in the upload");
        this.problems = List.copyOf(problems);
    }

    List<RecordProblem> problems() {
        return problems;
    }
}
