package io.manchette.media;

import io.agroal.api.AgroalDataSource;
import io.manchette.common.config.ManchetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/** Picks the store named by {@code manchette.media.storage}. */
@ApplicationScoped
class MediaStores {

    private static final Logger LOG = Logger.getLogger(MediaStores.class);

    @Produces
    @ApplicationScoped
    MediaStore store(ManchetteConfig config, AgroalDataSource data) {
        var media = config.media();
        MediaStore store = switch (media.storage()) {
            case "postgresql" -> new PostgresMediaStore(data);
            case "directory" ->
                new DirectoryMediaStore(Path.of(media.directory()
                        .orElseThrow(() -> new IllegalStateException(
                                "manchette.media.storage=directory needs manchette.media.directory"))));
            case "s3" -> new S3MediaStore(media.s3());
            default ->
                throw new IllegalStateException(
                        "manchette.media.storage must be postgresql," + " directory or s3, not " + media.storage());
        };
        LOG.infof("Media bytes are kept in %s", store.name());
        return store;
    }

    void close(@Disposes MediaStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
