package io.manchette.support;

import static io.restassured.RestAssured.given;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The packaged application, started as its own process on a port of its own, as production runs it. */
public final class RunningInstance implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "it-admin-password";

    private final Process process;
    private final int port;

    private RunningInstance(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar against {@code database} on a free port and waits until it is ready. */
    /** An empty database of this name, dropped first if an earlier run left it (the instances migrate it). */
    public static void freshDatabase(String database) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(
                        "jdbc:postgresql://localhost:5432/postgres", "postgres", null);
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
    }

    public static RunningInstance start(String name, String database) throws IOException, InterruptedException {
        return start(name, database, Map.of());
    }

    /** Starts the jar with these environment variables besides the usual ones. */
    public static RunningInstance start(String name, String database, Map<String, String> environment)
            throws IOException, InterruptedException {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String jar = System.getProperty("manchette.jar", "target/quarkus-app/quarkus-run.jar");
        var builder = new ProcessBuilder("java", "-Xmx256m", "-jar", jar)
                .redirectErrorStream(true)
                .redirectOutput(new File("target", "it-" + name + ".log"));
        builder.environment()
                .putAll(Map.of(
                        "QUARKUS_HTTP_PORT",
                        Integer.toString(port),
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        "jdbc:postgresql://localhost:5432/" + database,
                        "QUARKUS_DATASOURCE_USERNAME",
                        "postgres",
                        "MANCHETTE_ADMIN_PASSWORD",
                        ADMIN_PASSWORD));
        builder.environment().putAll(environment);
        var instance = new RunningInstance(builder.start(), port);
        try {
            instance.awaitReady(Duration.ofSeconds(180)); // a loaded machine can take over a minute
        } catch (RuntimeException | InterruptedException e) {
            instance.close();
            throw e;
        }
        return instance;
    }

    /**
     * The database of one IT class, beside the test database of the run, so that two checkouts
     * can run their tests at once.
     */
    public static String database(String suffix) {
        return System.getenv().getOrDefault("MANCHETTE_TEST_DATABASE", "manchette") + "_" + suffix;
    }

    /** A request to this instance as its administrator. */
    public io.restassured.specification.RequestSpecification asAdmin() {
        return io.restassured.RestAssured.given()
                .baseUri(url())
                .auth()
                .preemptive()
                .basic("admin", ADMIN_PASSWORD)
                .contentType("application/json");
    }

    /** A counter of this instance's {@code /q/metrics}, by its Prometheus name ({@code manchette_scheduler_turns_total}). */
    public double counter(String name) {
        String metrics = io.restassured.RestAssured.given()
                .baseUri(url())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return metrics.lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /**
     * Returns once this instance has finished {@code more} further turns of a scheduled task that
     * counts its turns: what a turn would do twice has had its chance to show.
     */
    public void awaitTurns(String counter, int more) {
        double start = counter(counter);
        Eventually.until(counter + " on this instance grows by " + more, () -> counter(counter) >= start + more);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    private void awaitReady(Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The instance on port " + port + " stopped; see target/it-*.log");
            }
            try {
                if (given().baseUri(url()).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) { // REST Assured rethrows ConnectException unchecked
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The instance on port " + port + " was not ready within " + within);
    }

    /** Ends the process at once, as a crash would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
