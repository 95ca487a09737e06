package dev.newsflow.ingest.api;

import dev.newsflow.formats.RecordProblem;

import java.util.List;

/** An upload that was readable but held no article worth publishing. */
class NoUsableArticleException extends RuntimeException {

    private final List<RecordProblem> problems;
    private final int problemCount;

    NoUsableArticleException(List<RecordProblem> problems, int problemCount) {
        super("no usable article in the upload");
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    List<RecordProblem> problems() {
        return problems;
    }

    int problemCount() {
        return problemCount;
    }
}
