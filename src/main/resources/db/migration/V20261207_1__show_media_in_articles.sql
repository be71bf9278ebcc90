-- Articles show photos of the media library (issue 17): a lead image, shown on the page and in
-- every teaser, and image blocks of the body that name a photo by its id. article_media lists every
-- photo an article uses (its lead and its body's), so that a photo in use cannot be deleted (the
-- foreign key backs the service's 409) and a change to a photo finds the articles that show it.

alter table articles add column lead_image_id bigint constraint fk_articles_lead_image references media_items (id);

create table article_media (
    article_id bigint not null constraint fk_article_media_article references articles (id) on delete cascade,
    media_id   bigint not null constraint fk_article_media_media references media_items (id),
    constraint pk_article_media primary key (article_id, media_id)
);
create index ix_article_media_media on article_media (media_id);

-- The lead image is shown: the articles' trigger now compares it too.
create or replace function manchette_article_changed() returns trigger
    language plpgsql
    as $$
declare
    was_public boolean := tg_op <> 'INSERT' and old.status = 'PUBLISHED';
    is_public  boolean := tg_op <> 'DELETE' and new.status = 'PUBLISHED';
    row_       articles;
    action     text;
    keys       text[];
begin
    if not was_public and not is_public then
        return coalesce(new, old);
    end if;
    row_ := case when tg_op = 'DELETE' then old else new end;
    if tg_op = 'UPDATE' and was_public and is_public
       and (old.slug, old.title, old.lead, old.body::text, old.section_id, old.language, old.reference,
            old.comments_open, old.seo_title, old.seo_description, old.seo_canonical_url, old.word_count,
            old.reading_time_minutes, old.comment_count, old.published_at, old.updated_at,
            old.kicker, old.partner_name, old.partner_sponsored, old.revised_at, old.lead_image_id)
           is not distinct from
           (new.slug, new.title, new.lead, new.body::text, new.section_id, new.language, new.reference,
            new.comments_open, new.seo_title, new.seo_description, new.seo_canonical_url, new.word_count,
            new.reading_time_minutes, new.comment_count, new.published_at, new.updated_at,
            new.kicker, new.partner_name, new.partner_sponsored, new.revised_at, new.lead_image_id) then
        return coalesce(new, old); -- nothing readers see (a version, an owner, a schedule)
    end if;
    action := case
        when tg_op = 'DELETE' then 'deleted'
        when not was_public then 'published'
        when not is_public then 'unpublished'
        else 'updated' end;
    keys := array['article:' || row_.id, 'articles:any'];
    -- Which lists hold the article, or where it stands in them, changed.
    if tg_op <> 'UPDATE' or was_public <> is_public
       or old.section_id <> new.section_id or old.published_at is distinct from new.published_at
       or old.slug <> new.slug or old.language <> new.language or old.reference <> new.reference
       or old.partner_name is distinct from new.partner_name then
        keys := keys || 'articles'::text || manchette_section_list_keys(row_.section_id)
            || (select coalesce(array_agg('articles:tag:' || tag_id), '{}') from article_tags where article_id = row_.id)
            || (select coalesce(array_agg('articles:author:' || author_id), '{}') from article_authors where article_id = row_.id);
        if tg_op = 'UPDATE' and old.section_id <> new.section_id then
            keys := keys || manchette_section_list_keys(old.section_id);
        end if;
        if exists (select 1 from front_page_articles where article_id = row_.id) then
            keys := keys || 'front-page'::text;
        end if;
        if row_.partner_name is not null or (tg_op = 'UPDATE' and old.partner_name is not null) then
            keys := keys || 'articles:partner'::text;
        end if;
    end if;
    perform manchette_record_change('article', row_.id, action, keys);
    return coalesce(new, old);
end
$$;

-- A photo's text, rights, size or focal point (which names its renditions' URLs) is shown on the
-- pages and teasers of the published articles that use it: each of them changes, as if edited.
create function manchette_media_changed() returns trigger
    language plpgsql
    as $$
declare
    article_id_ bigint;
begin
    if tg_op = 'UPDATE'
       and (old.alt, old.caption, old.credit, old.rights_until, old.focal_x, old.focal_y, old.width, old.height)
           is not distinct from
           (new.alt, new.caption, new.credit, new.rights_until, new.focal_x, new.focal_y, new.width, new.height) then
        return null; -- a source, a version: nothing readers see
    end if;
    for article_id_ in
        select a.id from article_media am join articles a on a.id = am.article_id
         where am.media_id = coalesce(new.id, old.id) and a.status = 'PUBLISHED'
         order by a.id
    loop
        perform manchette_record_change('article', article_id_, 'updated',
            array['article:' || article_id_, 'articles:any']);
    end loop;
    return null;
end
$$;

create trigger record_media_items after update or delete on media_items
    for each row execute function manchette_media_changed();
