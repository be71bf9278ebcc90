-- The page's headline furniture: a kicker (surtitre), a partner's label (Références, sponsored or
-- not), and the time of the last visible change after publication ("mis à jour le"). Readers see
-- all three, so the articles' trigger now compares them; a partner change moves the article in or
-- out of the partners' lists: a new cache key, articles:partner ("which articles the lists of
-- partners' content hold"; the Références module and ?partner= lists carry it).

alter table articles add column kicker text;
alter table articles add column partner_name text;
alter table articles add column partner_sponsored boolean not null default false;
alter table articles add column revised_at timestamptz;
alter table articles add constraint ck_articles_kicker check (char_length(kicker) between 1 and 60);
alter table articles add constraint ck_articles_partner_name check (char_length(partner_name) between 1 and 100);
alter table articles add constraint ck_articles_partner_sponsored check (partner_name is not null or not partner_sponsored);
-- The partners' lists, newest first, as the public list narrowed to a partner reads them.
create index ix_articles_partner_published on articles (partner_name, published_at desc, id desc)
    where status = 'PUBLISHED' and partner_name is not null;

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
            old.kicker, old.partner_name, old.partner_sponsored, old.revised_at)
           is not distinct from
           (new.slug, new.title, new.lead, new.body::text, new.section_id, new.language, new.reference,
            new.comments_open, new.seo_title, new.seo_description, new.seo_canonical_url, new.word_count,
            new.reading_time_minutes, new.comment_count, new.published_at, new.updated_at,
            new.kicker, new.partner_name, new.partner_sponsored, new.revised_at) then
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
