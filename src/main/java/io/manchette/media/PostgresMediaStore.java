package io.manchette.media;

import io.agroal.api.AgroalDataSource;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The default store: a {@code bytea} table of the application's own database, so nothing else has
 * to run and every instance sees the same bytes. Writes join the caller's transaction, if any (the
 * pool's connections are enlisted), so an upload's original commits with its row.
 */
class PostgresMediaStore implements MediaStore {

    private final AgroalDataSource data;

    PostgresMediaStore(AgroalDataSource data) {
        this.data = data;
    }

    @Override
    public void put(String key, byte[] bytes) {
        try (var connection = data.getConnection();
                var insert = connection.prepareStatement(
                        "insert into media_blobs (key, bytes) values (?, ?) on conflict (key) do nothing")) {
            insert.setString(1, key);
            insert.setBytes(2, bytes);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store " + key, e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try (var connection = data.getConnection();
                var select = connection.prepareStatement("select bytes from media_blobs where key = ?")) {
            select.setString(1, key);
            try (var rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try (var connection = data.getConnection();
                var delete = connection.prepareStatement("delete from media_blobs where key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete " + key, e);
        }
    }

    @Override
    public String name() {
        return "postgresql";
    }
}
