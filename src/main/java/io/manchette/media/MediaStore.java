package io.manchette.media;

import java.util.Optional;

/**
 * Where the bytes of originals and renditions live, by key ({@code originals/<sha-256>},
 * {@code renditions/<id>/<tag>/<preset>.<format>}). A put of a key that exists keeps either copy:
 * the same key always holds the same bytes. Chosen by {@code manchette.media.storage}.
 */
public interface MediaStore {

    void put(String key, byte[] bytes);

    Optional<byte[]> get(String key);

    void delete(String key);

    /** {@code postgresql}, {@code directory} or {@code s3}, for logs. */
    String name();
}
