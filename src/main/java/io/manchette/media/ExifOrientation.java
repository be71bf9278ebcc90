package io.manchette.media;

/**
 * Reads the EXIF orientation (TIFF tag 0x0112) of a JPEG from its APP1 segment, without decoding
 * the image: cameras and phones store pixels as the sensor saw them and say in this tag how to turn
 * them. Anything unreadable counts as 1, as written.
 */
final class ExifOrientation {

    private ExifOrientation() {}

    static int of(byte[] jpeg) {
        try {
            return read(jpeg);
        } catch (IndexOutOfBoundsException e) {
            return 1;
        }
    }

    private static int read(byte[] b) {
        int i = 2; // after SOI
        while (i + 4 <= b.length && (b[i] & 0xff) == 0xff) {
            int marker = b[i + 1] & 0xff;
            if (marker == 0xda || marker == 0xd9) {
                return 1; // start of scan: no metadata beyond it
            }
            int length = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
            if (marker == 0xe1 && length >= 16 && isExif(b, i + 4)) {
                return orientation(b, i + 10, i + 2 + length);
            }
            i += 2 + length;
        }
        return 1;
    }

    private static boolean isExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0;
    }

    /** The orientation in the TIFF structure that starts at {@code tiff}, inside the segment ending at {@code end}. */
    private static int orientation(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return 1;
        }
        long ifd = u32(b, tiff + 4, little);
        int entries = tiff + (int) ifd;
        if (ifd < 8 || entries + 2 > end) {
            return 1;
        }
        int count = u16(b, entries, little);
        for (int n = 0; n < count; n++) {
            int entry = entries + 2 + n * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == 0x0112) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xff;
        int y = b[at + 1] & 0xff;
        return little ? (y << 8) | x : (x << 8) | y;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long v = 0;
        for (int k = 0; k < 4; k++) {
            int byteAt = little ? at + 3 - k : at + k;
            v = (v << 8) | (b[byteAt] & 0xff);
        }
        return v;
    }
}
