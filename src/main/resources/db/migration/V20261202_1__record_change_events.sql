-- One change model: every commit that changes what readers can see writes change events, in its own
-- transaction, naming what changed and the cache keys of the public answers that show it. Database
-- triggers write them, so no write path (the API, the scheduler, a bulk SQL fix) can forget one.
-- Each event is also announced on the channel manchette_content, which PostgreSQL sends at commit.
--
-- Cache keys (the same words the Surrogate-Key header and the webhooks carry):
--   article:<id>            what one published article shows: its page and every teaser of it
--   section:<id>            a section's name, slug, path, description and children
--   tag:<id>, author:<id>   a tag's or an author's own fields
--   comments:<articleId>    an article's public comment thread
--   articles                which articles the list of every published article holds, and in what order
--   articles:section:<id>   which articles a section's lists hold (the section and its sub-sections)
--   articles:tag:<id>, articles:author:<id>   which articles a tag's or an author's lists hold
--   articles:any            anything about any published article (sitemaps, search)
--   sections, tags, authors the lists of sections, tags and authors
--   front-page              the editors' selection "À la Une"

drop trigger notify_articles_insert on articles;
drop trigger notify_articles_update on articles;
drop trigger notify_articles_delete on articles;
drop trigger notify_comments_insert on comments;
drop trigger notify_comments_update on comments;
drop trigger notify_comments_delete on comments;
drop trigger notify_sections on sections;
drop trigger notify_tags on tags;
drop trigger notify_authors on authors;
drop trigger notify_article_tags on article_tags;
drop trigger notify_article_authors on article_authors;
drop trigger notify_article_slugs on article_slugs;
drop trigger notify_front_page on front_page_articles;
drop function manchette_notify_content();

create table change_events (
    id          bigint generated always as identity,
    occurred_at timestamptz not null default now(),
    -- The writing transaction, so that the instance that wrote can drop what it changed at its commit.
    tx_id       xid8        not null default pg_current_xact_id(),
    entity      text        not null,
    entity_id   bigint,
    action      text        not null,
    keys        text[]      not null,
    constraint pk_change_events primary key (id),
    constraint ck_change_events_entity check (entity in ('article', 'section', 'tag', 'author', 'comment', 'front-page'))
);
create index ix_change_events_tx on change_events (tx_id);
create index ix_change_events_occurred on change_events (occurred_at);

-- Writes one event and announces it as "<id> <key> <key>…"; a payload over PostgreSQL's limit of
-- 8000 bytes is announced as "<id> *", which tells every instance to drop everything.
create function manchette_record_change(p_entity text, p_entity_id bigint, p_action text, p_keys text[])
    returns void
    language plpgsql
    as $$
declare
    event_id bigint;
    payload  text;
begin
    insert into change_events (entity, entity_id, action, keys)
    values (p_entity, p_entity_id, p_action, (select coalesce(array_agg(distinct k order by k), '{}') from unnest(p_keys) k))
    returning id into event_id;
    payload := event_id || ' ' || array_to_string(p_keys, ' ');
    if octet_length(payload) > 7900 then
        payload := event_id || ' *';
    end if;
    perform pg_notify('manchette_content', payload);
end
$$;

-- The keys of the lists a section's articles appear in: the section's and each of its ancestors'.
create function manchette_section_list_keys(p_section_id bigint) returns text[]
    language sql stable
    as $$
    select coalesce(array_agg('articles:section:' || anc.id), '{}')
      from sections own
      join sections anc on own.path = anc.path or own.path like anc.path || '/%'
     where own.id = p_section_id
$$;

-- Articles: only what published articles show is announced; a draft's edits stay silent.
create function manchette_article_changed() returns trigger
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
            old.reading_time_minutes, old.comment_count, old.published_at, old.updated_at)
           is not distinct from
           (new.slug, new.title, new.lead, new.body::text, new.section_id, new.language, new.reference,
            new.comments_open, new.seo_title, new.seo_description, new.seo_canonical_url, new.word_count,
            new.reading_time_minutes, new.comment_count, new.published_at, new.updated_at) then
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
       or old.slug <> new.slug or old.language <> new.language or old.reference <> new.reference then
        keys := keys || 'articles'::text || manchette_section_list_keys(row_.section_id)
            || (select coalesce(array_agg('articles:tag:' || tag_id), '{}') from article_tags where article_id = row_.id)
            || (select coalesce(array_agg('articles:author:' || author_id), '{}') from article_authors where article_id = row_.id);
        if tg_op = 'UPDATE' and old.section_id <> new.section_id then
            keys := keys || manchette_section_list_keys(old.section_id);
        end if;
        if exists (select 1 from front_page_articles where article_id = row_.id) then
            keys := keys || 'front-page'::text;
        end if;
    end if;
    perform manchette_record_change('article', row_.id, action, keys);
    return coalesce(new, old);
end
$$;

create trigger record_article_insert_update after insert or update on articles
    for each row execute function manchette_article_changed();
-- Before the delete, while the article's tags and authors are still there to name its lists.
create trigger record_article_delete before delete on articles
    for each row execute function manchette_article_changed();

-- An article's tags and authors: its page shows them, and they decide which lists hold it.
create function manchette_article_link_changed() returns trigger
    language plpgsql
    as $$
declare
    article_id_ bigint := coalesce(new.article_id, old.article_id);
    kind        text   := tg_argv[0];
    old_target  bigint;
    new_target  bigint;
begin
    if not exists (select 1 from articles where id = article_id_ and status = 'PUBLISHED') then
        return null;
    end if;
    if kind = 'tag' then
        old_target := case when tg_op <> 'INSERT' then old.tag_id end;
        new_target := case when tg_op <> 'DELETE' then new.tag_id end;
    else
        old_target := case when tg_op <> 'INSERT' then old.author_id end;
        new_target := case when tg_op <> 'DELETE' then new.author_id end;
    end if;
    if old_target is not distinct from new_target then
        return null;
    end if;
    perform manchette_record_change(
        'article', article_id_, 'updated',
        array['article:' || article_id_, 'articles:any']
            || case when old_target is not null then array['articles:' || kind || ':' || old_target] else '{}' end
            || case when new_target is not null then array['articles:' || kind || ':' || new_target] else '{}' end);
    return null;
end
$$;

create trigger record_article_tags after insert or update or delete on article_tags
    for each row execute function manchette_article_link_changed('tag');
create trigger record_article_authors after insert or update or delete on article_authors
    for each row execute function manchette_article_link_changed('author');

-- A retired slug answers with a redirect to the article's current one.
create function manchette_article_slug_changed() returns trigger
    language plpgsql
    as $$
declare
    article_id_ bigint := coalesce(new.article_id, old.article_id);
begin
    if exists (select 1 from articles where id = article_id_ and status = 'PUBLISHED') then
        perform manchette_record_change('article', article_id_, 'updated', array['article:' || article_id_]);
    end if;
    return null;
end
$$;

create trigger record_article_slugs after insert or update or delete on article_slugs
    for each row execute function manchette_article_slug_changed();

-- Sections: their own answers, their parent's children, the tree; a move changes which lists
-- hold their articles.
create function manchette_section_changed() returns trigger
    language plpgsql
    as $$
declare
    row_ sections := case when tg_op = 'DELETE' then old else new end;
    keys text[]   := array['sections', 'section:' || row_.id, 'articles:any'];
begin
    if row_.parent_id is not null then
        keys := keys || ('section:' || row_.parent_id);
    end if;
    if tg_op = 'UPDATE' and old.parent_id is distinct from new.parent_id then
        if old.parent_id is not null then
            keys := keys || ('section:' || old.parent_id) || manchette_section_list_keys(old.parent_id);
        end if;
        if new.parent_id is not null then
            keys := keys || manchette_section_list_keys(new.parent_id);
        end if;
    end if;
    perform manchette_record_change(
        'section', row_.id,
        case tg_op when 'INSERT' then 'created' when 'DELETE' then 'deleted' else 'updated' end,
        keys);
    return null;
end
$$;

create trigger record_sections after insert or update or delete on sections
    for each row execute function manchette_section_changed();

-- Tags and authors: their own answers and the lists of them.
create function manchette_label_changed() returns trigger
    language plpgsql
    as $$
declare
    kind text   := tg_argv[0];
    id_  bigint := coalesce(new.id, old.id);
begin
    perform manchette_record_change(
        kind, id_,
        case tg_op when 'INSERT' then 'created' when 'DELETE' then 'deleted' else 'updated' end,
        array[kind || 's', kind || ':' || id_, 'articles:any']);
    return null;
end
$$;

create trigger record_tags after insert or update or delete on tags
    for each row execute function manchette_label_changed('tag');
create trigger record_authors after insert or update or delete on authors
    for each row execute function manchette_label_changed('author');

-- Comments: only approved ones are shown, on published articles. The article's count changes
-- with them, and the article's own trigger announces that.
create function manchette_comment_changed() returns trigger
    language plpgsql
    as $$
declare
    was_shown  boolean := tg_op <> 'INSERT' and old.status = 'APPROVED';
    is_shown   boolean := tg_op <> 'DELETE' and new.status = 'APPROVED';
    row_       comments := case when tg_op = 'DELETE' then old else new end;
begin
    if not was_shown and not is_shown then
        return null;
    end if;
    if tg_op = 'UPDATE' and was_shown and is_shown
       and (old.author_name, old.body, old.parent_id) is not distinct from (new.author_name, new.body, new.parent_id) then
        return null;
    end if;
    if not exists (select 1 from articles where id = row_.article_id and status = 'PUBLISHED') then
        return null;
    end if;
    perform manchette_record_change(
        'comment', row_.id,
        case when not was_shown then 'approved' when not is_shown then 'removed' else 'updated' end,
        array['comments:' || row_.article_id]);
    return null;
end
$$;

create trigger record_comments after insert or update or delete on comments
    for each row execute function manchette_comment_changed();

-- The front page: the selection and its order.
create function manchette_front_page_changed() returns trigger
    language plpgsql
    as $$
begin
    perform manchette_record_change('front-page', null, 'updated', array['front-page']);
    return null;
end
$$;

create trigger record_front_page_articles after insert or update or delete on front_page_articles
    for each statement execute function manchette_front_page_changed();
