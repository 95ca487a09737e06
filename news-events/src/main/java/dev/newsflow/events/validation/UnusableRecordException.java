package dev.newsflow.events.validation;

/**
 * A record breaks its contract in a part it cannot do without (the id, the title, a required object's required
 * member...): no repair keeps it usable.
 */
public class UnusableRecordException extends RuntimeException {

    private final transient Violation violation;

    public UnusableRecordException(Violation violation) {
        super("breaks its schema in a required part: " + violation.describe());
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }
}
