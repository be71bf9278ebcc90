-- Editorial workflow: who owns an article, when it is due to go live or off, and the last failure
-- of the scheduler on it.

alter table articles
    add column owner        text,
    add column publish_at   timestamptz,
    add column unpublish_at timestamptz,
    add column last_error   text,
    add column last_error_at timestamptz;

-- The scheduler's two look-ups: what is due to go live, what is due to go off.
create index ix_articles_due_publish on articles (publish_at) where status = 'SCHEDULED';
create index ix_articles_due_unpublish on articles (unpublish_at) where status = 'PUBLISHED' and unpublish_at is not null;
create index ix_articles_owner on articles (owner);
