package io.manchette.media;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPReadParam;
import com.luciad.imageio.webp.WebPWriteParam;
import io.manchette.media.Preset.Box;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Reads and writes pixels, within bounded memory: sizes come from the header alone, and a rendition
 * decodes only its crop, subsampled by the reader to between one and two times its output size, so
 * a 40-megapixel photo never sits whole in the heap. Renditions are written from pixels with no
 * metadata at all (no EXIF, GPS, XMP or ICC profile), the EXIF orientation turned into the pixels.
 */
public final class ImageCodec {

    /** Output formats of renditions. */
    public enum Format {
        JPEG("jpeg", "image/jpeg"),
        WEBP("webp", "image/webp");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }

        /** {@code jpeg} or {@code webp}; null for anything else. */
        public static Format ofExtension(String extension) {
            for (Format f : values()) {
                if (f.extension.equals(extension)) {
                    return f;
                }
            }
            return null;
        }
    }

    /**
     * What the header says: the stored pixel size, the EXIF orientation, and the size as displayed
     * (width and height swapped by orientations 5 to 8).
     */
    public record Probe(ImageType type, int rawWidth, int rawHeight, int orientation) {
        public boolean turned() {
            return orientation >= 5;
        }

        public int width() {
            return turned() ? rawHeight : rawWidth;
        }

        public int height() {
            return turned() ? rawWidth : rawHeight;
        }

        public double megapixels() {
            return (double) rawWidth * rawHeight / 1_000_000d;
        }
    }

    private final float jpegQuality;
    private final float webpQuality;

    public ImageCodec(float jpegQuality, float webpQuality) {
        this.jpegQuality = jpegQuality;
        this.webpQuality = webpQuality;
    }

    /** The header's facts, without decoding a pixel; an unreadable header is an {@link IOException}. */
    public Probe probe(ImageType type, byte[] bytes) throws IOException {
        ImageReader reader = reader(type);
        try (ImageInputStream in = input(bytes)) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new IOException("no size in the header");
            }
            int orientation = type == ImageType.JPEG ? ExifOrientation.of(bytes) : 1;
            return new Probe(type, width, height, orientation);
        } catch (RuntimeException e) {
            throw new IOException("unreadable header", e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Decodes the whole picture into a small thumbnail, to prove at upload that its pixels read (a
     * truncated or corrupt file is refused then, not at a reader's first request).
     */
    public void check(Probe probe, byte[] bytes) throws IOException {
        var all = new Box(0, 0, probe.width(), probe.height());
        var small = new Preset("check", 64, 0, 0).output(all);
        render(probe, bytes, all, small, null);
    }

    /** The rendition of {@code crop} (in displayed pixels) at {@code output}'s size, in {@code format}. */
    public byte[] render(Probe probe, byte[] bytes, Box crop, Box output, Format format) throws IOException {
        BufferedImage pixels = decode(probe, bytes, crop, output);
        BufferedImage sized = pixels.getWidth() == output.width() && pixels.getHeight() == output.height()
                ? pixels
                : Thumbnails.of(pixels)
                        .forceSize(output.width(), output.height())
                        .imageType(BufferedImage.TYPE_INT_RGB)
                        .asBufferedImage();
        return format == null ? null : encode(sized, format);
    }

    private BufferedImage decode(Probe probe, byte[] bytes, Box crop, Box output) throws IOException {
        Rectangle raw = toRaw(crop, probe);
        double scale = (double) crop.width() / output.width();
        int step = Math.max(1, (int) Math.ceil(scale / 2));
        ImageReader reader = reader(probe.type());
        try (ImageInputStream in = input(bytes)) {
            reader.setInput(in, true, true);
            BufferedImage decoded;
            if (probe.type() == ImageType.WEBP) {
                var param = new WebPReadParam();
                param.setUseCropping(true);
                param.setCropLeft(raw.x);
                param.setCropTop(raw.y);
                param.setCropWidth(raw.width);
                param.setCropHeight(raw.height);
                param.setUseScaling(true);
                param.setScaledWidth(Math.max(1, raw.width / step));
                param.setScaledHeight(Math.max(1, raw.height / step));
                decoded = reader.read(0, param);
            } else {
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(raw);
                param.setSourceSubsampling(step, step, 0, 0);
                decoded = reader.read(0, param);
            }
            return orient(decoded, probe.orientation());
        } catch (RuntimeException e) {
            throw new IOException("unreadable pixels", e);
        } finally {
            reader.dispose();
        }
    }

    /** The stored-pixel rectangle under a displayed one. */
    static Rectangle toRaw(Box box, Probe probe) {
        int rw = probe.rawWidth();
        int rh = probe.rawHeight();
        int x0 = box.x();
        int y0 = box.y();
        int x1 = box.x() + box.width();
        int y1 = box.y() + box.height();
        int[] a;
        int[] b;
        switch (probe.orientation()) {
            case 2 -> {
                a = new int[] {rw - x0, y0};
                b = new int[] {rw - x1, y1};
            }
            case 3 -> {
                a = new int[] {rw - x0, rh - y0};
                b = new int[] {rw - x1, rh - y1};
            }
            case 4 -> {
                a = new int[] {x0, rh - y0};
                b = new int[] {x1, rh - y1};
            }
            case 5 -> {
                a = new int[] {y0, x0};
                b = new int[] {y1, x1};
            }
            case 6 -> {
                a = new int[] {y0, rh - x0};
                b = new int[] {y1, rh - x1};
            }
            case 7 -> {
                a = new int[] {rw - y0, rh - x0};
                b = new int[] {rw - y1, rh - x1};
            }
            case 8 -> {
                a = new int[] {rw - y0, x0};
                b = new int[] {rw - y1, x1};
            }
            default -> {
                a = new int[] {x0, y0};
                b = new int[] {x1, y1};
            }
        }
        int x = Math.max(0, Math.min(a[0], b[0]));
        int y = Math.max(0, Math.min(a[1], b[1]));
        int w = Math.max(1, Math.min(rw, Math.max(a[0], b[0])) - x);
        int h = Math.max(1, Math.min(rh, Math.max(a[1], b[1])) - y);
        return new Rectangle(x, y, w, h);
    }

    /** The pixels turned as the EXIF orientation says, on an opaque white ground (JPEG has no alpha). */
    static BufferedImage orient(BufferedImage source, int orientation) {
        int w = source.getWidth();
        int h = source.getHeight();
        boolean turned = orientation >= 5;
        var out = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(source, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private byte[] encode(BufferedImage image, Format format) throws IOException {
        ImageWriter writer;
        ImageWriteParam param;
        if (format == Format.WEBP) {
            writer = new WebPImageWriterSpi().createWriterInstance();
            var webp = new WebPWriteParam(Locale.ROOT);
            webp.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            webp.setCompressionType(webp.getCompressionTypes()[WebPWriteParam.LOSSY_COMPRESSION]);
            webp.setCompressionQuality(webpQuality);
            param = webp;
        } else {
            writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(jpegQuality);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        var bytes = new ByteArrayOutputStream(64 * 1024);
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            // No metadata: the writer's defaults only (JFIF for JPEG), nothing carried from the original.
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageReader reader(ImageType type) throws IOException {
        try {
            if (type == ImageType.WEBP) {
                return new WebPImageReaderSpi().createReaderInstance();
            }
            var readers = ImageIO.getImageReadersByFormatName(type.name().toLowerCase(Locale.ROOT));
            if (!readers.hasNext()) {
                throw new IOException("no reader for " + type);
            }
            return readers.next();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static ImageInputStream input(byte[] bytes) {
        return new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
    }
}
