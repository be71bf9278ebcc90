-- Tells every Manchette instance when something the public API shows has changed, so that each
-- drops its cached responses (LISTEN manchette_content). NOTIFY is sent at commit, and identical
-- notifications of one transaction are folded into one.

create function manchette_notify_content() returns trigger
    language plpgsql
    as $$
begin
    perform pg_notify('manchette_content', tg_table_name);
    return null;
end
$$;

-- Articles and comments change often while unpublished or pending: only changes that touch what
-- readers see are announced.
create trigger notify_articles_insert after insert on articles
    for each row when (new.status = 'PUBLISHED') execute function manchette_notify_content();
create trigger notify_articles_update after update on articles
    for each row when (old.status = 'PUBLISHED' or new.status = 'PUBLISHED') execute function manchette_notify_content();
create trigger notify_articles_delete after delete on articles
    for each row when (old.status = 'PUBLISHED') execute function manchette_notify_content();

create trigger notify_comments_insert after insert on comments
    for each row when (new.status = 'APPROVED') execute function manchette_notify_content();
create trigger notify_comments_update after update on comments
    for each row when (old.status = 'APPROVED' or new.status = 'APPROVED') execute function manchette_notify_content();
create trigger notify_comments_delete after delete on comments
    for each row when (old.status = 'APPROVED') execute function manchette_notify_content();

create trigger notify_sections after insert or update or delete on sections
    for each statement execute function manchette_notify_content();
create trigger notify_tags after insert or update or delete on tags
    for each statement execute function manchette_notify_content();
create trigger notify_authors after insert or update or delete on authors
    for each statement execute function manchette_notify_content();
create trigger notify_article_tags after insert or update or delete on article_tags
    for each statement execute function manchette_notify_content();
create trigger notify_article_authors after insert or update or delete on article_authors
    for each statement execute function manchette_notify_content();
create trigger notify_article_slugs after insert or update or delete on article_slugs
    for each statement execute function manchette_notify_content();
create trigger notify_front_page after insert or update or delete on front_page_articles
    for each statement execute function manchette_notify_content();
