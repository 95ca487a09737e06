package dev.newsflow.kafka.auth;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.errors.AuthenticationException;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Tells an authentication failure from an authorization one after a consumer was stopped for either (Spring Kafka's
 * stop event does not carry the error): it logs in again with the service's own settings and asks for the cluster id,
 * which any user that is let in may have. Answered: authorization; refused at login: authentication.
 */
final class KafkaLoginProbe implements Supplier<Refusal> {

    private final Map<String, Object> adminConfig;
    private final Duration timeout;

    KafkaLoginProbe(Map<String, Object> adminConfig, Duration timeout) {
        this.adminConfig = Map.copyOf(adminConfig);
        this.timeout = timeout;
    }

    @Override
    public Refusal get() {
        try (Admin admin = Admin.create(adminConfig)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis())).clusterId()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Refusal.AUTHORIZATION;
        } catch (ExecutionException e) {
            return e.getCause() instanceof AuthenticationException ? Refusal.AUTHENTICATION : Refusal.UNKNOWN;
        } catch (TimeoutException e) {
            return Refusal.UNKNOWN;
        } catch (RuntimeException e) {
            // a login that fails while the client is made (OAUTHBEARER, GSSAPI) must still end in the exit it probes for
            return Refusal.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Refusal.UNKNOWN;
        }
    }
}
