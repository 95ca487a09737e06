package dev.newsflow.system.harness;

/** The three newsflow services, by module name and the environment variable that sets their HTTP port. */
public enum Service {
    INGEST("ingest-service", "NEWSFLOW_INGEST_PORT"),
    ENRICH("enrich-service", "NEWSFLOW_ENRICH_PORT"),
    STORE("store-service", "NEWSFLOW_STORE_PORT");

    private final String module;
    private final String portVariable;

    Service(String module, String portVariable) {
        this.module = module;
        this.portVariable = portVariable;
    }

    public String module() {
        return module;
    }

    public String portVariable() {
        return portVariable;
    }
}
