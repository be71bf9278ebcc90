package io.manchette.media;

import io.manchette.media.ImageCodec.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Run in a JVM of its own by {@link ImageCodecTest} under {@code -Xmx256m}: checks an upload and
 * makes renditions of the photo at {@code args[0]} as the application does ({@code render}), or
 * decodes it whole as a naive resizer would ({@code naive}, which is expected to run out of memory).
 */
public final class SmallHeapRender {

    private SmallHeapRender() {}

    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        if (args[1].equals("naive")) {
            var whole = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            var copy = ImageCodec.orient(whole, 1);
            System.out.println("decoded " + copy.getWidth() + "x" + copy.getHeight());
            return;
        }
        var codec = new ImageCodec(0.82f, 0.78f);
        var probe = codec.probe(ImageType.JPEG, bytes);
        codec.check(probe, bytes);
        for (String spec : new String[] {"wide:1600:16:9", "article:1200:original", "thumb:320:1:1"}) {
            String[] p = spec.split(":", 3);
            var preset = Preset.of(p[0], Integer.parseInt(p[1]), p[2]);
            var crop = preset.crop(probe.width(), probe.height(), 0.3, 0.6);
            for (Format format : Format.values()) {
                byte[] out = codec.render(probe, bytes, crop, preset.output(crop), format);
                var image = Images.decode(out);
                System.out.println(p[0] + "." + format.extension() + " " + image.getWidth() + "x" + image.getHeight());
            }
        }
        System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }
}
