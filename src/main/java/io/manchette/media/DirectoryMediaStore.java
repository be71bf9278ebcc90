package io.manchette.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Files under one directory ({@code manchette.media.directory}), for a single instance or a shared
 * volume. A file is written beside its place and moved there, so a reader never sees half of it.
 */
class DirectoryMediaStore implements MediaStore {

    private final Path root;

    DirectoryMediaStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the media directory " + this.root, e);
        }
    }

    @Override
    public void put(String key, byte[] bytes) {
        Path file = resolve(key);
        try {
            Files.createDirectories(file.getParent());
            Path part = Files.createTempFile(file.getParent(), ".part-", "");
            Files.write(part, bytes);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + key, e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + key, e);
        }
    }

    @Override
    public String name() {
        return "directory";
    }

    /** Keys are made by the library itself; this only keeps a bad one from leaving the root. */
    private Path resolve(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("Key outside the media directory: " + key);
        }
        return file;
    }
}
