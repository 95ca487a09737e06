package dev.newsflow.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.newsflow.events.Topics;
import dev.newsflow.system.harness.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * There is no Docker engine where the tests run, so docker-compose.yml is checked against what the services
 * actually read: their ports, environment variables, topics and folders. A rename on either side fails here.
 */
class DockerComposeTest {

    private final YamlNode compose = YamlNode.load(Repository.file("docker-compose.yml"));
    private final Map<String, YamlNode> services = compose.get("services").entries();

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "enrich-service", "store-service"})
    void eachServiceImageIsBuiltFromItsOwnModule(String service) {
        YamlNode build = services.get(service).get("build");

        assertThat(Repository.file(build.get("context").text()).resolve(build.get("dockerfile").text())).isRegularFile();
        assertThat(build.get("args").get("SERVICE").text()).isEqualTo(service);
        assertThat(Repository.file(service + "/pom.xml")).isRegularFile();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "enrich-service", "store-service"})
    void eachServiceListensWhereComposeAndPrometheusLook(String service) {
        ServiceConfiguration configuration = ServiceConfiguration.of(service);
        YamlNode container = services.get(service);
        String port = Integer.toString(configuration.defaultPort());

        assertThat(environment(container)).containsEntry(configuration.portVariable(), port);
        assertThat(String.join(" ", texts(container.get("healthcheck").get("test"))))
                .contains("http://localhost:" + port + "/actuator/health");
        texts(container.get("ports")).forEach(mapping -> assertThat(mapping).endsWith(":" + port));
        assertThat(prometheusTargets(service)).containsExactly(service + ":" + port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "enrich-service", "store-service"})
    void everyNewsflowVariableGivenToAServiceIsOneItReads(String service) {
        Set<String> read = ServiceConfiguration.of(service).environmentVariables();

        assertThat(environment(services.get(service)).keySet())
                .filteredOn(name -> name.startsWith("NEWSFLOW_"))
                .isNotEmpty()
                .allSatisfy(name -> assertThat(read).as("variables %s reads", service).contains(name));
    }

    @Test
    void theStoreUsesThePostgresDatabaseComposeRuns() {
        Map<String, String> store = environment(services.get("store-service"));
        Map<String, String> postgres = environment(services.get("postgres"));

        assertThat(store.get("NEWSFLOW_DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
        assertThat(store.get("NEWSFLOW_DB_USER")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(store.get("NEWSFLOW_DB_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
    }

    @Test
    void theProvisionedTopicsAreTheContractsTopicsAndTheirDeadLetters() {
        String topics = environment(services.get("kafka-topics")).get("TOPICS");

        assertThat(Arrays.asList(topics.split("\\s+"))).containsExactlyInAnyOrder(
                Topics.RAW_ARTICLES, Topics.deadLetter(Topics.RAW_ARTICLES),
                Topics.ENRICHED_ARTICLES, Topics.deadLetter(Topics.ENRICHED_ARTICLES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "enrich-service", "store-service"})
    void servicesConnectToTheListenerTheBrokerAdvertises(String service) {
        String bootstrap = environment(services.get(service)).get("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS");

        assertThat(environment(services.get("kafka")).get("KAFKA_ADVERTISED_LISTENERS"))
                .contains("PLAINTEXT://" + bootstrap);
    }

    @Test
    void ingestKeepsItsWholeHomeInTheBindMountedFolderSoClaimingIsAnAtomicRename() {
        YamlNode ingest = services.get("ingest-service");
        String home = environment(ingest).get("NEWSFLOW_HOME");

        List<String> mounts = texts(ingest.get("volumes"));
        assertThat(mounts).anySatisfy(mount -> assertThat(mount).endsWith(":" + home).startsWith("${"));
        assertThat(texts(services.get("newsflow-home").get("volumes")))
                .as("the folder prepared for the non-root user is the one ingest mounts")
                .containsAll(mounts);
    }

    @Test
    void ingestAcceptsUploadsWithTheKeyGeneratedPrivatelyInItsHome() {
        Map<String, String> ingest = environment(services.get("ingest-service"));
        String keyFile = ingest.get("NEWSFLOW_SECURITY_KEYS_FILE");

        assertThat(keyFile).as("without a key every upload is refused").startsWith(ingest.get("NEWSFLOW_HOME") + "/");
        assertThat(String.join("\n", texts(services.get("newsflow-home").get("command"))))
                .as("generated once, random, readable by the service's user only")
                .contains("key=" + keyFile, "[ ! -s \"$$key\" ]", "umask 077", "/dev/urandom", "chown -R 10001:10001",
                        "chmod 600");
    }

    @Test
    void everyMountedRepositoryFileExistsAndEveryNamedVolumeIsDeclared() {
        Set<String> declared = compose.get("volumes").entries().keySet();

        services.forEach((name, service) -> texts(service.get("volumes")).forEach(mount -> {
            String source = mount.split(":")[0];
            if (source.startsWith("./")) {
                assertThat(Repository.file(source.substring(2))).as("%s mounts %s", name, source).exists();
            } else if (!source.startsWith("${")) {
                assertThat(declared).as("%s uses volume %s", name, source).contains(source);
            }
        }));
    }

    @Test
    void everyDependencyWaitsForAConditionTheOtherServiceCanMeet() {
        services.forEach((name, service) -> service.get("depends_on").entries().forEach((dependency, spec) -> {
            YamlNode target = services.get(dependency);
            assertThat(target).as("%s depends on unknown %s", name, dependency).isNotNull();
            switch (spec.get("condition").text()) {
                case "service_healthy" -> assertThat(target.get("healthcheck").isPresent())
                        .as("%s waits for %s to be healthy, which needs a healthcheck", name, dependency).isTrue();
                case "service_completed_successfully" -> assertThat(target.get("restart").text())
                        .as("%s waits for one-shot %s", name, dependency).isEqualTo("no");
                default -> throw new AssertionError(name + " depends on " + dependency + " without a condition");
            }
        }));
    }

    @Test
    void composeRunsTheKafkaImageTheTestcontainersVariantsTest() {
        String image = System.getProperty("newsflow.kafka-image");
        assertThat(image).as("the parent pom's kafka.image, passed by Surefire").isNotBlank();

        assertThat(services.values()).extracting(service -> service.get("image").text())
                .filteredOn(name -> name.startsWith("apache/kafka")).isNotEmpty().containsOnly(image);
    }

    @Test
    void enrichCanBeScaledOut() {
        YamlNode enrich = services.get("enrich-service");

        assertThat(enrich.get("container_name").isPresent()).as("a fixed name allows one container only").isFalse();
        assertThat(enrich.get("ports").isPresent()).as("a host port can be bound once only").isFalse();
        assertThat(Integer.parseInt(environment(enrich).get("NEWSFLOW_KAFKA_PARTITIONS").replaceAll("\\D", "")))
                .as("partitions bound how many instances can share the work").isGreaterThanOrEqualTo(3);
    }

    @Test
    void grafanaGetsTheProvisioningAndDashboardsOfThisRepository() {
        List<String> mounts = texts(services.get("grafana").get("volumes"));
        YamlNode provider = YamlNode.load(Repository.file("deploy/grafana/provisioning/dashboards/newsflow.yml"))
                .get("providers").items().getFirst();

        assertThat(mounts).contains("./deploy/grafana/provisioning:/etc/grafana/provisioning:ro");
        assertThat(mounts).contains("./deploy/grafana/dashboards:" + provider.get("options").get("path").text() + ":ro");
        YamlNode datasource = YamlNode.load(Repository.file("deploy/grafana/provisioning/datasources/prometheus.yml"))
                .get("datasources").items().getFirst();
        assertThat(datasource.get("url").text()).isEqualTo("http://prometheus:9090");
        assertThat(texts(services.get("prometheus").get("ports"))).contains("9090:9090");
    }

    private Set<String> prometheusTargets(String job) {
        YamlNode config = YamlNode.load(Repository.file("deploy/prometheus/prometheus.yml"));
        YamlNode scrape = config.get("scrape_configs").items().stream()
                .filter(candidate -> candidate.get("job_name").text().equals(job))
                .findFirst().orElseThrow(() -> new AssertionError("no Prometheus job " + job));
        assertThat(scrape.get("metrics_path").text()).isEqualTo("/actuator/prometheus");
        Set<String> targets = scrape.get("static_configs").items().stream()
                .flatMap(group -> texts(group.get("targets")).stream())
                .collect(Collectors.toSet());
        scrape.get("dns_sd_configs").items().forEach(dns -> texts(dns.get("names"))
                .forEach(host -> targets.add(host + ":" + dns.get("port").text())));
        return targets;
    }

    private static Map<String, String> environment(YamlNode service) {
        return service.get("environment").entries().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().text()));
    }

    private static List<String> texts(YamlNode list) {
        return list.items().stream().map(YamlNode::text).toList();
    }

}
