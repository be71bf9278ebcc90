-- A new article's slug is its title's, or the first free "slug-N": ArticleSlugs asks for
-- "slug = 'base' or slug like 'base-%'" in both the current and the former slugs. The primary and
-- unique indexes use the database collation, which cannot serve a prefix LIKE; text_pattern_ops
-- can (as sections.path has since V20261126_1).
create index ix_articles_slug_prefix on articles (slug text_pattern_ops);
create index ix_article_slugs_slug_prefix on article_slugs (slug text_pattern_ops);
