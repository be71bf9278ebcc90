-- Readers' comments, threaded, with their moderation state and who moderated them.

create table comments (
    id             bigint generated always as identity,
    article_id     bigint      not null,
    parent_id      bigint,
    -- The top comment of the thread, so one query fetches every reply of a page of threads.
    root_id        bigint,
    author_name    text        not null,
    author_email   text,
    body           text        not null,
    status         text        not null,
    spam_reason    text,
    client_address text,
    posted_at      timestamptz not null default now(),
    moderated_by   text,
    moderated_at   timestamptz,
    version        bigint      not null default 0,
    constraint pk_comments primary key (id),
    constraint fk_comments_article foreign key (article_id) references articles (id) on delete cascade,
    constraint fk_comments_parent foreign key (parent_id) references comments (id) on delete cascade,
    constraint fk_comments_root foreign key (root_id) references comments (id) on delete cascade,
    constraint ck_comments_status check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SPAM')),
    constraint ck_comments_author_name check (length(author_name) between 1 and 80),
    constraint ck_comments_body check (length(body) between 1 and 5000)
);
-- The public thread list of an article: approved top comments, oldest first.
create index ix_comments_article_threads on comments (article_id, posted_at, id) where status = 'APPROVED' and parent_id is null;
create index ix_comments_root on comments (root_id) where status = 'APPROVED';
create index ix_comments_parent on comments (parent_id);
-- The moderation queue: by status, oldest first.
create index ix_comments_queue on comments (status, posted_at, id);
create index ix_comments_article on comments (article_id);
