package io.manchette.media;

/**
 * A named rendition: a width and a crop ratio ({@code ratioWidth:ratioHeight}, or 0:0 for the
 * original's own). The crop is the largest rectangle of that ratio inside the image, centred on the
 * focal point and moved back inside the image where the centre is too close to an edge.
 */
public record Preset(String name, int width, int ratioWidth, int ratioHeight) {

    /** A rectangle in the picture as displayed (orientation applied), in pixels. */
    public record Box(int x, int y, int width, int height) {}

    /** {@code 16:9}, {@code 4:3}, {@code 1:1} or {@code original}. */
    public static Preset of(String name, int width, String crop) {
        if (width < 16 || width > 8192) {
            throw new IllegalArgumentException("manchette.media.presets." + name + ".width must lie in 16..8192");
        }
        if (crop.equals("original")) {
            return new Preset(name, width, 0, 0);
        }
        String[] parts = crop.split(":");
        if (parts.length != 2 || !parts[0].matches("[1-9][0-9]{0,3}") || !parts[1].matches("[1-9][0-9]{0,3}")) {
            throw new IllegalArgumentException(
                    "manchette.media.presets." + name + ".crop must be W:H (16:9) or original, not " + crop);
        }
        return new Preset(name, width, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    public boolean keepsRatio() {
        return ratioWidth == 0;
    }

    /** The crop as configured: {@code 16:9} or {@code original}. */
    public String crop() {
        return keepsRatio() ? "original" : ratioWidth + ":" + ratioHeight;
    }

    /** The crop of a {@code width × height} picture around the focal point (fractions 0..1). */
    public Box crop(int imageWidth, int imageHeight, double focalX, double focalY) {
        if (keepsRatio()) {
            return new Box(0, 0, imageWidth, imageHeight);
        }
        int w;
        int h;
        if ((long) imageWidth * ratioHeight > (long) imageHeight * ratioWidth) {
            h = imageHeight;
            w = (int) Math.max(1, Math.min(imageWidth, Math.round((double) imageHeight * ratioWidth / ratioHeight)));
        } else {
            w = imageWidth;
            h = (int) Math.max(1, Math.min(imageHeight, Math.round((double) imageWidth * ratioHeight / ratioWidth)));
        }
        int x = clamp((int) Math.round(focalX * imageWidth - w / 2.0), imageWidth - w);
        int y = clamp((int) Math.round(focalY * imageHeight - h / 2.0), imageHeight - h);
        return new Box(x, y, w, h);
    }

    /** The rendition's size for a crop: the preset's width at most, never wider than the crop (no upscaling). */
    public Box output(Box crop) {
        int w = Math.min(width, crop.width());
        int h = (int) Math.max(1, Math.round((double) w * crop.height() / crop.width()));
        return new Box(0, 0, w, h);
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }
}
