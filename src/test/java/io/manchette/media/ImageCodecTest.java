package io.manchette.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.manchette.media.ImageCodec.Format;
import java.awt.image.BufferedImage;
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
}
