package dev.newsflow.kafka.auth;

/** Why Kafka refused a service: its login, or its access to a topic or consumer group once logged in. */
public enum Refusal {
    /** The credentials were not accepted (wrong user name or password, unknown SASL mechanism). */
    AUTHENTICATION,
    /** The service was let in, but an ACL does not allow what it asked (read a topic, join a group, write). */
    AUTHORIZATION,
    /** One of the two; which could not be found out (the broker did not answer the check in time). */
    UNKNOWN
}
