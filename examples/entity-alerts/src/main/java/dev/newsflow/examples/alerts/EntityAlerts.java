package dev.newsflow.examples.alerts;

/** Command-line entry point: parse the settings, follow the topic until Ctrl-C. */
public final class EntityAlerts {

    private EntityAlerts() {
    }

    public static void main(String[] args) throws InterruptedException {
        AlertSettings settings;
        try {
            settings = AlertSettings.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("entity-alerts: " + e.getMessage());
            System.err.println(AlertSettings.USAGE);
            System.exit(2);
            return;
        }
        AlertConsumer consumer = new AlertConsumer(settings, System.out, System.err);
        Thread loop = new Thread(consumer, "entity-alerts");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            consumer.stop();
            try {
                loop.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        System.err.printf("entity-alerts: watching %s on %s (group %s, alert at tone <= %.2f)%n",
                settings.watched(), settings.topic(), settings.groupId(), settings.threshold());
        loop.start();
        loop.join();
    }
}
