-- "À la Une": the editors' ordered selection of articles, one row of state and its ordered entries.

create table front_page (
    id         smallint    not null,
    version    bigint      not null default 0,
    updated_at timestamptz not null default now(),
    updated_by text,
    constraint pk_front_page primary key (id),
    constraint ck_front_page_single check (id = 1)
);
insert into front_page (id) values (1);

create table front_page_articles (
    front_page_id smallint not null,
    position      integer  not null,
    article_id    bigint   not null,
    constraint pk_front_page_articles primary key (front_page_id, position),
    constraint fk_front_page_articles_page foreign key (front_page_id) references front_page (id),
    -- A deleted article leaves the selection on its own.
    constraint fk_front_page_articles_article foreign key (article_id) references articles (id) on delete cascade
);
create index ix_front_page_articles_article on front_page_articles (article_id);
