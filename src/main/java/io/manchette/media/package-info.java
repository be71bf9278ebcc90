/**
 * The media library: press photos with their alt text, caption, credit, agency, rights and focal
 * point. Editors and authors upload under {@code /api/admin/media} (an identical file is found by its
 * SHA-256, never stored twice); readers get only renditions, at {@code /media/{id}/{preset}.{format}},
 * made once from the configured presets (a width and a crop around the focal point), stored, and
 * served immutable: the {@code {id}} segment carries a tag of what the rendition depends on, so the
 * URL changes when the focal point or the preset does. Originals are never served publicly. The
 * type is read from the bytes, sizes from the header before any decoding, and renditions are drawn
 * afresh from pixels, so no metadata (EXIF, GPS, XMP) survives them. Bytes live behind
 * {@link io.manchette.media.MediaStore}: PostgreSQL by default, a directory or an S3 bucket.
 * Articles show photos through {@link io.manchette.media.MediaService#photos}, which leaves out
 * those whose rights have ended; this package knows articles only through SQL (which articles use
 * a photo), never by import.
 */
package io.manchette.media;
