-- Every saved state of an article's content, so that no edit is lost and any can be restored.

create table article_revisions (
    id              bigint generated always as identity,
    article_id      bigint      not null,
    number          integer     not null,
    article_version bigint      not null,
    author          text        not null,
    created_at      timestamptz not null default now(),
    note            text,
    content         json        not null,
    constraint pk_article_revisions primary key (id),
    constraint fk_article_revisions_article foreign key (article_id) references articles (id) on delete cascade,
    constraint uq_article_revisions_number unique (article_id, number)
);
