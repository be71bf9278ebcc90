package io.manchette.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.manchette.media.ImageCodec.Format;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The codec alone: crops, sizes and formats, without the application. */
class ImageCodecTest {

    final ImageCodec codec = new ImageCodec(0.82f, 0.78f);

    @Test
    void rendersJpegAndWebpAtTheOutputSize() throws Exception {
        byte[] jpeg = Images.jpeg(Images.withRedSquare(1600, 1200, 800, 600, 100));
        var probe = codec.probe(ImageType.JPEG, jpeg);
        var preset = Preset.of("card", 640, "16:9");
        var crop = preset.crop(probe.width(), probe.height(), 0.5, 0.5);
        for (Format format : Format.values()) {
            byte[] out = codec.render(probe, jpeg, crop, preset.output(crop), format);
            BufferedImage decoded = Images.decode(out);
            assertEquals(640, decoded.getWidth(), format.name());
            assertEquals(360, decoded.getHeight());
            assertTrue(Images.isRed(decoded.getRGB(320, 180)));
        }
    }

    /**
     * A 40-megapixel photo (7746 × 5164) gets its renditions in a JVM limited to 256 MB, because only
     * the crop is decoded, subsampled by the reader; decoding it whole in the same JVM runs out of
     * memory, which shows what the subsampling saves.
     */
    @Test
    void rendersA40MegapixelPhotoUnder256MegabytesOfHeap(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path photo = dir.resolve("40mp.jpg");
        Files.write(photo, Images.jpeg(Images.picture(7746, 5164)));

        var render = run(photo, "render");
        assertEquals(0, render.exitCode, render.output);
        assertTrue(render.output.contains("wide.jpeg 1600x900"), render.output);
        assertTrue(render.output.contains("wide.webp 1600x900"), render.output);
        assertTrue(render.output.contains("article.jpeg 1200x800"), render.output);
        assertTrue(render.output.contains("thumb.webp 320x320"), render.output);

        var naive = run(photo, "naive");
        assertTrue(naive.output.contains("OutOfMemoryError"), naive.output);
    }

    record Run(int exitCode, String output) {}

    static Run run(Path photo, String mode) throws Exception {
        var process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-Djava.awt.headless=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SmallHeapRender.class.getName(),
                        photo.toString(),
                        mode)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), output);
    }

    @Test
    void theDirectoryStoreKeepsBytesByKey(@org.junit.jupiter.api.io.TempDir Path dir) {
        var store = new DirectoryMediaStore(dir);
        store.put("originals/abc", new byte[] {1, 2, 3});
        store.put("originals/abc", new byte[] {1, 2, 3});
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                new byte[] {1, 2, 3}, store.get("originals/abc").orElseThrow());
        store.delete("originals/abc");
        assertTrue(store.get("originals/abc").isEmpty());
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> store.put("../dehors", new byte[0]));
    }

    @Test
    void readsTheOrientationFromTheExifSegment() {
        byte[] jpeg = Images.jpeg(Images.picture(40, 20));
        for (int orientation = 1; orientation <= 8; orientation++) {
            assertEquals(orientation, ExifOrientation.of(Images.withExif(jpeg, orientation)));
        }
        assertEquals(1, ExifOrientation.of(jpeg));
        assertEquals(1, ExifOrientation.of(java.util.Arrays.copyOf(Images.withExif(jpeg, 6), 30)));
    }

    @Test
    void cropsStayInsideTheImage() {
        var square = Preset.of("s", 100, "1:1");
        assertEquals(new Preset.Box(0, 0, 500, 500), square.crop(1000, 500, 0.0, 0.5));
        assertEquals(new Preset.Box(500, 0, 500, 500), square.crop(1000, 500, 1.0, 0.5));
        assertEquals(new Preset.Box(250, 0, 500, 500), square.crop(1000, 500, 0.5, 0.5));
        var wide = Preset.of("w", 100, "16:9");
        assertEquals(new Preset.Box(0, 95, 800, 450), wide.crop(800, 800, 0.5, 0.4));
    }
}
