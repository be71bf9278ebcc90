-- Articles with their body as typed JSON blocks and the figures computed when they are written.

create table articles (
    id                   bigint generated always as identity,
    slug                 text        not null,
    title                text        not null,
    lead                 text,
    body                 json        not null default '[]',
    section_id           bigint      not null,
    language             text        not null default 'fr',
    reference            boolean     not null default false,
    comments_open        boolean     not null default true,
    seo_title            text,
    seo_description      text,
    seo_canonical_url    text,
    status               text        not null default 'DRAFT',
    word_count           integer     not null default 0,
    reading_time_minutes integer     not null default 1,
    comment_count        integer     not null default 0,
    published_at         timestamptz,
    version              bigint      not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    constraint pk_articles primary key (id),
    constraint uq_articles_slug unique (slug),
    constraint fk_articles_section foreign key (section_id) references sections (id),
    constraint ck_articles_slug check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint ck_articles_status check (status in ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    constraint ck_articles_published_at check (status <> 'PUBLISHED' or published_at is not null),
    constraint ck_articles_body_array check (json_typeof(body) = 'array')
);
-- The keyset of every public list: newest published first, id as tie-breaker.
create index ix_articles_published on articles (published_at desc, id desc) where status = 'PUBLISHED';
create index ix_articles_section_published on articles (section_id, published_at desc, id desc) where status = 'PUBLISHED';
create index ix_articles_section on articles (section_id);
-- The keyset of the management list: newest created first.
create index ix_articles_created on articles (created_at desc, id desc);

create table article_tags (
    article_id bigint  not null,
    position   integer not null,
    tag_id     bigint  not null,
    constraint pk_article_tags primary key (article_id, position),
    constraint fk_article_tags_article foreign key (article_id) references articles (id) on delete cascade,
    constraint fk_article_tags_tag foreign key (tag_id) references tags (id)
);
create index ix_article_tags_tag on article_tags (tag_id);

create table article_authors (
    article_id bigint  not null,
    position   integer not null,
    author_id  bigint  not null,
    constraint pk_article_authors primary key (article_id, position),
    constraint fk_article_authors_article foreign key (article_id) references articles (id) on delete cascade,
    constraint fk_article_authors_author foreign key (author_id) references authors (id)
);
create index ix_article_authors_author on article_authors (author_id);
