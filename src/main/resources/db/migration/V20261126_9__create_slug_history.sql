-- Slugs an article answered to before: old links keep working (301), and no other article may take them.

create table article_slugs (
    slug       text        not null,
    article_id bigint      not null,
    retired_at timestamptz not null default now(),
    constraint pk_article_slugs primary key (slug),
    constraint fk_article_slugs_article foreign key (article_id) references articles (id) on delete cascade
);
create index ix_article_slugs_article on article_slugs (article_id);
