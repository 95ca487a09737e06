package dev.newsflow.security.web;

/**
 * A service's {@code reason} code for an HTTP status, for the answers the container writes itself
 * ({@link ProblemJsonErrorValve}), so that they carry the reason the service's own answers of that status carry. A
 * service without reason codes declares no such bean, and those answers have no {@code reason}.
 */
@FunctionalInterface
public interface StatusReasons {

    /** @return the reason code, or null for none */
    String reasonFor(int status);
}
