-- Sections (a tree addressed by its slug chain), tags and authors: what articles are filed under.

create table sections (
    id          bigint generated always as identity,
    slug        text        not null,
    name        text        not null,
    description text,
    parent_id   bigint,
    path        text        not null,
    position    integer     not null default 0,
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint pk_sections primary key (id),
    constraint fk_sections_parent foreign key (parent_id) references sections (id),
    constraint uq_sections_path unique (path),
    constraint ck_sections_slug check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
create index ix_sections_parent on sections (parent_id);
-- Descendant look-ups are prefix matches on the path (path like 'monde/%').
create index ix_sections_path_prefix on sections (path text_pattern_ops);

create table tags (
    id         bigint generated always as identity,
    slug       text        not null,
    name       text        not null,
    version    bigint      not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint pk_tags primary key (id),
    constraint uq_tags_slug unique (slug),
    constraint ck_tags_slug check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create table authors (
    id         bigint generated always as identity,
    slug       text        not null,
    name       text        not null,
    bio        text,
    version    bigint      not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint pk_authors primary key (id),
    constraint uq_authors_slug unique (slug),
    constraint ck_authors_slug check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
