import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

/**
 * Draws a photo-like picture for bench/media.sh: a sky gradient, hills, a sun, and sensor-like
 * noise so that it compresses like a photograph (a 24-megapixel one weighs several megabytes).
 *
 *   java bench/MediaPhoto.java out.jpg 6000 4000
 */
public class MediaPhoto {
    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(70, 120, 200), 0, height * 0.6f, new Color(250, 200, 150)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(255, 230, 120));
        g.fillOval(width * 2 / 3, height / 6, width / 10, width / 10);
        var random = new Random(17);
        for (int hill = 0; hill < 6; hill++) {
            g.setColor(new Color(40 + hill * 15, 90 + hill * 12, 50 + hill * 5));
            int y = height / 2 + hill * height / 14;
            g.fillOval(random.nextInt(width) - width / 2, y, width + random.nextInt(width / 2), height);
        }
        g.dispose();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(25) - 12;
                int r = Math.max(0, Math.min(255, ((row[x] >> 16) & 0xff) + n));
                int gg = Math.max(0, Math.min(255, ((row[x] >> 8) & 0xff) + n));
                int b = Math.max(0, Math.min(255, (row[x] & 0xff) + n));
                row[x] = (r << 16) | (gg << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (var out = ImageIO.createImageOutputStream(new File(args[0]))) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
    }
}
