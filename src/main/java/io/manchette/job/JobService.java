package io.manchette.job;

import io.manchette.article.body.Block;
import io.manchette.article.body.BodyJson;
import io.manchette.article.body.Image;
import io.manchette.article.body.Related;
import io.manchette.audit.Edits;
import io.manchette.common.error.Conflict;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.error.Violation;
import io.manchette.common.http.IfMatch;
import io.manchette.common.text.Slugifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/** Job offer writes: the rules of an offer, the slug, and the upsert of a partner's feed. */
@ApplicationScoped
public class JobService {

    /** What a feed upsert did: the offer, and whether it was new. */
    public record Upserted(JobOffer job, boolean created) {}

    private static final Logger LOG = Logger.getLogger(JobService.class);
    private static final Pattern SOURCE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final JobRepository jobs;
    private final Edits edits;
    private final Clock clock;
    private final BodyJson blocks;

    JobService(JobRepository jobs, Edits edits, Clock clock, BodyJson blocks) {
        this.jobs = jobs;
        this.edits = edits;
        this.clock = clock;
        this.blocks = blocks;
    }

    public JobOffer get(long id) {
        return jobs.findByIdOptional(id).orElseThrow(() -> new NotFound("Job offer", id));
    }

    @Transactional
    public JobOffer create(JobInput input) {
        return insert(input, null, null);
    }

    private JobOffer insert(JobInput input, String source, String externalId) {
        var job = new JobOffer();
        write(job, input);
        job.identify(source, externalId);
        job.setSlug(input.slug() != null ? requireFreeSlug(input.slug()) : freeSlugFrom(input));
        edits.create("job.create", job, jobs::persist, JobOffer::getSlug);
        LOG.infof("Job offer %s created", job.getSlug());
        return job;
    }

    @Transactional
    public JobOffer update(long id, IfMatch ifMatch, JobInput input) {
        return save("job.update", get(id), ifMatch, input);
    }

    /**
     * A partner feed's offer, by its id in that feed: created the first time, updated after, so a
     * feed re-imported as often as it likes never makes a duplicate. {@code If-Match} is checked
     * when sent; a feed usually sends none.
     */
    @Transactional
    public Upserted upsert(String source, String externalId, IfMatch ifMatch, JobInput input) {
        List<Violation> violations = new ArrayList<>();
        if (!SOURCE.matcher(source).matches() || source.length() > 60) {
            violations.add(
                    new Violation("source", "must be lower-case letters, digits and single hyphens (60 at most)"));
        }
        if (externalId.isBlank() || externalId.length() > 200) {
            violations.add(new Violation("externalId", "must be 1 to 200 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        var found = jobs.findBySource(source, externalId);
        if (found.isPresent()) {
            return new Upserted(save("job.import", found.get(), ifMatch, input), false);
        }
        return new Upserted(insert(input, source, externalId), true);
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        edits.delete("job.delete", get(id), ifMatch, jobs::delete, JobOffer::getSlug);
    }

    public List<Block> description(JobOffer job) {
        return blocks.read(job.getDescription());
    }

    private JobOffer save(String action, JobOffer offer, IfMatch ifMatch, JobInput input) {
        return edits.change(
                action,
                offer,
                ifMatch,
                job -> {
                    if (input.slug() != null && !input.slug().equals(job.getSlug())) {
                        job.setSlug(requireFreeSlug(input.slug()));
                    }
                    write(job, input);
                },
                JobOffer::getSlug);
    }

    private void write(JobOffer job, JobInput input) {
        List<Violation> violations = new ArrayList<>();
        Instant posted = input.postedAt() != null ? input.postedAt() : clock.instant();
        if (!input.expiresAt().isAfter(posted)) {
            violations.add(new Violation("expiresAt", "must come after postedAt"));
        }
        if (input.applyUrl() == null && input.applyEmail() == null) {
            violations.add(new Violation("applyUrl", "applyUrl or applyEmail is required"));
        }
        for (int i = 0; i < input.description().size(); i++) {
            var block = input.description().get(i);
            if (block instanceof Related) {
                violations.add(new Violation("description[" + i + "].type", "related blocks belong in articles"));
            } else if (block instanceof Image image && image.media() != null) {
                // The library's rules (rights, alt, in use) follow articles only: an offer links to images.
                violations.add(
                        new Violation("description[" + i + "].media", "photos of the library belong in articles"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        job.write(input, blocks.write(input.description()), posted);
    }

    private String requireFreeSlug(String slug) {
        if (jobs.isSlugTaken(slug)) {
            throw new Conflict("Another job offer has the slug '" + slug + "'");
        }
        return slug;
    }

    private String freeSlugFrom(JobInput input) {
        String base = Slugifier.slugify(input.title() + " " + input.employer().name());
        if (base.isEmpty()) {
            throw new InvalidInput("title", "must contain letters or digits to make a slug");
        }
        if (base.length() > 180) {
            base = base.substring(0, 180).replaceAll("-+$", "");
        }
        String slug = base;
        for (int n = 2; jobs.isSlugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
