package io.manchette.media;

import io.manchette.audit.Edits;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.error.Conflict;
import io.manchette.common.error.Forbidden;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.error.Violation;
import io.manchette.common.http.IfMatch;
import io.manchette.common.text.InputText;
import io.manchette.security.Actor;
import io.manchette.security.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The library's use cases: upload (an identical file finds the item it already is), describe,
 * delete, and the delivery shape the article side embeds. Editors and administrators change every
 * item; authors only those they uploaded. Every change is audited.
 */
@ApplicationScoped
public class MediaService {

    private static final Logger LOG = Logger.getLogger(MediaService.class);
    /** How many of the articles using a photo a refusal names. */
    private static final int USERS_NAMED = 11;

    /** An upload's item, and whether it is new (201) or the same bytes were already there (200). */
    public record Uploaded(MediaItem item, boolean created) {}

    private final MediaRepository media;
    private final MediaStore store;
    private final Renditions renditions;
    private final Edits edits;
    private final Actors actors;
    private final Clock clock;
    private final Validator validator;
    private final long maxBytes;
    private final double maxMegapixels;

    MediaService(
            MediaRepository media,
            MediaStore store,
            Renditions renditions,
            Edits edits,
            Actors actors,
            Clock clock,
            Validator validator,
            ManchetteConfig config) {
        this.media = media;
        this.store = store;
        this.renditions = renditions;
        this.edits = edits;
        this.actors = actors;
        this.clock = clock;
        this.validator = validator;
        this.maxBytes = config.media().maxUploadSize().asLongValue();
        this.maxMegapixels = config.media().maxMegapixels();
    }

    public MediaItem get(long id) {
        return media.findByIdOptional(id).orElseThrow(() -> new NotFound("Media", id));
    }

    /** Refuses (413) an upload over {@code manchette.media.max-upload-size}, before it is read. */
    public void requireAllowedSize(long bytes) {
        if (bytes > maxBytes) {
            throw MediaProblems.tooLarge("The file is over the limit of " + maxBytes + " bytes");
        }
    }

    /**
     * Checks an upload before anything is stored: its type from its bytes (415), its size (413), the
     * pixels its header claims (413, before any decoding), then that its pixels decode (415). The
     * same bytes again give the existing item, unchanged (its metadata is not replaced).
     */
    @Transactional
    public Uploaded upload(byte[] bytes, MediaMetadata metadata) {
        requireValid(metadata);
        requireAllowedSize(bytes.length);
        ImageType type = ImageType.sniff(bytes)
                .orElseThrow(() -> MediaProblems.unsupported("The file is not a JPEG, PNG, WebP or GIF image"));
        ImageCodec.Probe probe;
        try {
            probe = renditions.codec().probe(type, bytes);
        } catch (IOException e) {
            throw MediaProblems.unsupported("The file's " + type + " header cannot be read");
        }
        if (probe.megapixels() > maxMegapixels) {
            throw MediaProblems.tooLarge(String.format(
                    java.util.Locale.ROOT,
                    "The image claims %d × %d pixels (%.1f megapixels): the limit is %s megapixels",
                    probe.rawWidth(),
                    probe.rawHeight(),
                    probe.megapixels(),
                    maxMegapixels));
        }
        String digest = HexFormat.of().formatHex(Renditions.sha256(bytes));
        media.lockDigest(digest);
        Optional<MediaItem> existing = media.findByDigest(digest);
        if (existing.isPresent()) {
            return new Uploaded(existing.get(), false);
        }
        checkPixels(probe, bytes);
        var actor = actors.current();
        var item = new MediaItem(probe, digest, bytes.length, actor.name(), clock.instant());
        item.describe(clean(metadata), clock.instant());
        store.put(item.originalKey(), bytes);
        edits.create("media.create", item, media::persist, MediaItem::getCredit);
        LOG.infof(
                "Media %d uploaded by %s: %s %d×%d, %d bytes",
                item.getId(), actor.name(), type, item.getWidth(), item.getHeight(), bytes.length);
        return new Uploaded(item, true);
    }

    @Transactional
    public MediaItem describe(long id, IfMatch ifMatch, MediaMetadata metadata) {
        MediaItem item = get(id);
        requireMayChange(item);
        MediaMetadata cleaned = clean(metadata);
        if (cleaned.alt() == null) {
            // A missing alt blocks publication: it cannot be taken from a photo readers see.
            List<Long> live = media.listLiveArticlesNeedingAlt(id, USERS_NAMED);
            if (!live.isEmpty()) {
                throw new Conflict(
                        "Published or scheduled articles show the photo without an alt of their own",
                        List.of(new Violation("alt", "is required while articles " + named(live) + " show the photo")));
            }
        }
        edits.change(
                "media.update",
                item,
                ifMatch,
                described -> described.describe(cleaned, clock.instant()),
                MediaItem::getCredit);
        renditions.forget(id); // the old URLs answer 404 at once here, within minutes elsewhere
        return item;
    }

    /**
     * Deletes an item, its renditions and their bytes; 409 while an article uses it (its lead image
     * or a block of its body), whatever the article's state.
     */
    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        MediaItem item = get(id);
        requireMayChange(item);
        List<Long> users = media.listArticlesUsing(id, USERS_NAMED);
        if (!users.isEmpty()) {
            throw new Conflict(
                    "The photo is used by articles " + named(users) + ": take it out of them before deleting it");
        }
        List<String> keys = new ArrayList<>(media.renditionKeys(id));
        keys.add(item.originalKey());
        edits.delete("media.delete", item, ifMatch, media::delete, MediaItem::getCredit);
        keys.forEach(store::delete);
        renditions.forget(id);
        LOG.infof("Media %d deleted", id);
    }

    /** The photos among {@code ids} that readers may see now (see {@link Photos}), read in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Photos photos(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Photos.NONE;
        }
        Instant now = clock.instant();
        Map<Long, MediaDelivery> shown = new HashMap<>();
        Instant freshUntil = null;
        for (MediaItem item : media.listByIds(ids)) {
            Instant end = item.getRightsUntil();
            if (!MediaItem.shownAt(end, now)) {
                continue;
            }
            shown.put(item.getId(), renditions.delivery(item));
            if (end != null && (freshUntil == null || end.isBefore(freshUntil))) {
                freshUntil = end;
            }
        }
        return new Photos(shown, freshUntil);
    }

    /** The items among {@code ids}, by id: for the article side to check what it names. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, MediaItem> items(Collection<Long> ids) {
        return byId(media.listByIds(ids));
    }

    /**
     * The same, each locked {@code for share} until the caller's commit: an article that starts
     * using them is then seen by any change to them (which waits for it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, MediaItem> lockedForUse(Collection<Long> ids) {
        return byId(media.listByIdsForShare(ids));
    }

    private static Map<Long, MediaItem> byId(List<MediaItem> items) {
        Map<Long, MediaItem> found = new HashMap<>();
        items.forEach(item -> found.put(item.getId(), item));
        return found;
    }

    /** The form fields of an upload, checked by the same rules as the JSON of an update. */
    public void requireValid(MediaMetadata metadata) {
        var violations = new ArrayList<Violation>();
        validator
                .validate(metadata)
                .forEach(v -> violations.add(new Violation(v.getPropertyPath().toString(), v.getMessage())));
        check("alt", metadata.alt(), violations);
        check("caption", metadata.caption(), violations);
        check("credit", metadata.credit(), violations);
        check("source", metadata.source(), violations);
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::field));
            throw new InvalidInput(violations);
        }
    }

    private static void check(String field, String value, List<Violation> violations) {
        String refusal = value == null ? null : InputText.refusalOfText(value);
        if (refusal != null) {
            violations.add(new Violation(field, refusal));
        }
    }

    private void checkPixels(ImageCodec.Probe probe, byte[] bytes) {
        renditions.acquire();
        try {
            renditions.codec().check(probe, bytes);
        } catch (IOException e) {
            throw MediaProblems.unsupported("The file's " + probe.type() + " pixels cannot be decoded");
        } finally {
            renditions.release();
        }
    }

    private void requireMayChange(MediaItem item) {
        Actor actor = actors.current();
        if (!actor.isEditor() && !actor.name().equals(item.getUploadedBy())) {
            throw new Forbidden("Authors change only the media they uploaded");
        }
    }

    private static String named(List<Long> articles) {
        return articles.size() < USERS_NAMED ? articles.toString() : articles.subList(0, USERS_NAMED - 1) + " and more";
    }

    private static MediaMetadata clean(MediaMetadata m) {
        return new MediaMetadata(
                blankToNull(m.alt()),
                blankToNull(m.caption()),
                blankToNull(m.credit()),
                blankToNull(m.source()),
                m.rightsUntil(),
                m.focalX(),
                m.focalY());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
