package io.manchette.demo;

import io.manchette.media.MediaMetadata;
import io.manchette.media.MediaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * The demo library's photos, drawn by the project itself (no agency's picture): a skyline at dusk,
 * a harbour, a market under lights, each credited to the demo and with its focal point.
 */
@ApplicationScoped
public class DemoPhotos {

    static final String CREDIT = "Photo : Manchette / Démo";

    private final MediaService media;

    DemoPhotos(MediaService media) {
        this.media = media;
    }

    /**
     * Uploads the photos (an identical photo already there is found, not added); returns their ids
     * by the names demo articles give them: skyline, harbour, market.
     */
    @Transactional
    public Map<String, Long> load() {
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put(
                "skyline",
                upload(
                        draw(2400, 1600, g -> skyline(g, 2400, 1600)),
                        "La ville au crépuscule, vue des hauteurs",
                        "Les tours du quartier des affaires au coucher du soleil.",
                        0.7,
                        0.45));
        ids.put(
                "harbour",
                upload(
                        draw(2400, 1600, g -> harbour(g, 2400, 1600)),
                        "Des voiliers amarrés dans le port",
                        "Le port de plaisance, un matin de décembre.",
                        0.3,
                        0.6));
        ids.put(
                "market",
                upload(
                        draw(1800, 1800, g -> market(g, 1800, 1800)),
                        "Des chalets illuminés sur une place",
                        "Le marché de Noël rouvre ses portes.",
                        0.5,
                        0.55));
        return ids;
    }

    private long upload(byte[] jpeg, String alt, String caption, double focalX, double focalY) {
        return media.upload(jpeg, new MediaMetadata(alt, caption, CREDIT, "Manchette", null, focalX, focalY))
                .item()
                .getId();
    }

    private static byte[] draw(int width, int height, Consumer<Graphics2D> painter) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        painter.accept(g);
        g.dispose();
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void skyline(Graphics2D g, int w, int h) {
        g.setPaint(new GradientPaint(0, 0, new Color(30, 40, 90), 0, h * 0.7f, new Color(245, 140, 80)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(255, 210, 120));
        g.fillOval((int) (w * 0.66), (int) (h * 0.38), w / 10, w / 10);
        var random = new java.util.Random(3);
        for (int x = 0; x < w; x += w / 24) {
            int towerHeight = h / 5 + random.nextInt(h / 3);
            g.setColor(new Color(20 + random.nextInt(20), 20 + random.nextInt(20), 35 + random.nextInt(25)));
            g.fillRect(x, h - towerHeight, w / 26, towerHeight);
            g.setColor(new Color(255, 220, 140));
            for (int y = h - towerHeight + 20; y < h - 20; y += 40) {
                if (random.nextInt(3) == 0) {
                    g.fillRect(x + 10, y, 12, 16);
                }
            }
        }
    }

    private static void harbour(Graphics2D g, int w, int h) {
        g.setPaint(new GradientPaint(0, 0, new Color(160, 200, 235), 0, h / 2f, new Color(230, 235, 240)));
        g.fillRect(0, 0, w, h / 2);
        g.setPaint(new GradientPaint(0, h / 2f, new Color(40, 90, 140), 0, h, new Color(15, 45, 80)));
        g.fillRect(0, h / 2, w, h / 2);
        g.setStroke(new BasicStroke(6));
        for (int i = 0; i < 7; i++) {
            int x = w / 10 + i * w / 8;
            int y = h / 2 + 60 + (i % 2) * 50;
            var hull = new Path2D.Double();
            hull.moveTo(x - 90, y);
            hull.lineTo(x + 90, y);
            hull.lineTo(x + 60, y + 50);
            hull.lineTo(x - 60, y + 50);
            hull.closePath();
            g.setColor(Color.WHITE);
            g.fill(hull);
            g.setColor(new Color(80, 60, 40));
            g.drawLine(x, y, x, y - 300);
        }
    }

    private static void market(Graphics2D g, int w, int h) {
        g.setPaint(new GradientPaint(0, 0, new Color(10, 15, 40), 0, h, new Color(50, 40, 70)));
        g.fillRect(0, 0, w, h);
        for (int i = 0; i < 5; i++) {
            int x = w / 12 + i * w / 5;
            int y = h / 2;
            g.setColor(new Color(120, 70, 40));
            g.fillRect(x, y, w / 7, h / 4);
            var roof = new Path2D.Double();
            roof.moveTo(x - 20, y);
            roof.lineTo(x + w / 14.0, y - h / 8.0);
            roof.lineTo(x + w / 7.0 + 20, y);
            roof.closePath();
            g.setColor(new Color(200, 220, 240));
            g.fill(roof);
        }
        var random = new java.util.Random(11);
        for (int i = 0; i < 300; i++) {
            g.setColor(new Color(255, 200 + random.nextInt(55), 80 + random.nextInt(100)));
            int x = random.nextInt(w);
            int y = h / 3 + random.nextInt(h / 6);
            g.fillOval(x, y, 10, 10);
        }
    }
}
