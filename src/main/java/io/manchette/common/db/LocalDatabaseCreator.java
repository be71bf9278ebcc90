package io.manchette.common.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Creates the dev or test database on the local PostgreSQL when it is missing, so that
 * {@code ./mvnw quarkus:dev} and {@code ./mvnw verify} need no manual step on a fresh machine.
 *
 * <p>It runs while Quarkus reads its configuration, which is the one hook that comes before the
 * connection pool and Flyway's migrate-at-start. It acts only when
 * {@code manchette.local-database.create-if-missing} is true, which only the dev and test profiles
 * set; production databases are provisioned by their operators. It contributes no configuration.
 */
public class LocalDatabaseCreator implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(LocalDatabaseCreator.class);
    private static final Pattern POSTGRES_URL = Pattern.compile("^jdbc:postgresql://([^/?]+)/([A-Za-z0-9_]+)(\\?.*)?$");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue enabled = context.getValue("manchette.local-database.create-if-missing");
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        if (enabled == null || !"true".equals(enabled.getValue()) || url == null || url.getValue() == null) {
            return List.of();
        }
        Matcher parts = POSTGRES_URL.matcher(url.getValue());
        if (!parts.matches()) {
            return List.of();
        }
        ConfigValue user = context.getValue("quarkus.datasource.username");
        ConfigValue password = context.getValue("quarkus.datasource.password");
        createIfMissing(
                parts.group(1),
                parts.group(2),
                user == null ? null : user.getValue(),
                password == null ? null : password.getValue());
        return List.of();
    }

    private static void createIfMissing(String hostAndPort, String database, String user, String password) {
        String maintenance = "jdbc:postgresql://" + hostAndPort + "/postgres";
        try (var connection = DriverManager.getConnection(maintenance, user, password);
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (var create = connection.createStatement()) {
                // The name is checked by POSTGRES_URL ([A-Za-z0-9_]+), so quoting it is safe.
                create.execute("create database \"" + database + "\"");
                LOG.infof("Created the local database %s", database);
            }
        } catch (SQLException e) {
            // A concurrent start may have created it first; anything else surfaces at Flyway's migration.
            LOG.warnf("Could not create the local database %s: %s", database, e.getMessage());
        }
    }
}
