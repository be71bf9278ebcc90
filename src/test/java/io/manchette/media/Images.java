package io.manchette.media;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Images the tests draw themselves: gradients, a red mark where the focal point is, crafted headers. */
public final class Images {

    private Images() {}

    /** A gradient picture, unique by its seed (so each test's upload is a new item). */
    public static BufferedImage picture(int width, int height, long seed, Consumer<Graphics2D> more) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        var random = new java.util.Random(seed);
        g.setPaint(new GradientPaint(
                0,
                0,
                new Color(20, 60 + random.nextInt(60), 140),
                width,
                height,
                new Color(40, 160, 90 + random.nextInt(60))));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(random.nextInt(256), 0, 255));
        g.fillRect(random.nextInt(Math.max(1, width / 8)), 0, 2, 2);
        if (more != null) {
            more.accept(g);
        }
        g.dispose();
        return image;
    }

    public static BufferedImage picture(int width, int height) {
        return picture(width, height, System.nanoTime(), null);
    }

    /** A picture with a red square of side {@code side} centred on (x, y). */
    public static BufferedImage withRedSquare(int width, int height, int x, int y, int side) {
        return picture(width, height, System.nanoTime(), g -> {
            g.setColor(Color.RED);
            g.fillRect(x - side / 2, y - side / 2, side, side);
        });
    }

    public static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    public static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    public static byte[] gif(BufferedImage image) {
        return write(image, "gif");
    }

    public static byte[] webp(BufferedImage image) {
        try {
            var writer = new WebPImageWriterSpi().createWriterInstance();
            var out = new ByteArrayOutputStream();
            try (var stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            var out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes JPEG, PNG, GIF, or WebP (through webp-imageio's reader). */
    public static BufferedImage decode(byte[] bytes) {
        try {
            if (bytes.length > 12 && new String(bytes, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
                var reader = new WebPImageReaderSpi().createReaderInstance();
                reader.setInput(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
                return reader.read(0);
            }
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG with an APP1 Exif segment after SOI: an orientation, and a GPS latitude (where the photo was taken). */
    public static byte[] withExif(byte[] jpeg, int orientation) {
        var tiff = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries, then the offset of the next IFD (none).
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38); // GPS IFD at 8+2+24+4 = 38
        tiff.putInt(0);
        // GPS IFD at 38: GPSLatitudeRef = "N".
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putInt(0);
        byte[] tiffBytes = java.util.Arrays.copyOf(tiff.array(), tiff.position());
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + exif.length + tiffBytes.length;
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xff);
        out.write(0xe1);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(exif);
        out.writeBytes(tiffBytes);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The JPEG segment markers before the image data (0xE1 is APP1: EXIF or XMP). */
    public static java.util.List<Integer> markers(byte[] jpeg) {
        var markers = new java.util.ArrayList<Integer>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xff) {
            int marker = jpeg[i + 1] & 0xff;
            markers.add(marker);
            if (marker == 0xda) {
                break;
            }
            i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
        }
        return markers;
    }

    /** A tiny PNG whose header claims {@code width × height} pixels: a decompression bomb's calling card. */
    public static byte[] pngClaiming(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        var ihdr = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .array();
        chunk(out, "IHDR", ihdr);
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Whether a pixel is clearly red (JPEG compression moves colours a little). */
    public static boolean isRed(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r > 180 && g < 90 && b < 90;
    }
}
