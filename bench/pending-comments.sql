-- Readers' comments waiting for a moderator, for the churn scenario of bench/run.sh: the writer
-- approves them through the API. They go to the :hot newest published articles (the hot set of
-- the mixed traffic), in turn, and the file tops the queue up to :wanted pending comments there,
-- so a run with --keep-data finds enough again. The rows are those the application writes for a
-- reader's comment under pre-moderation: a top-level comment (no parent, no root), PENDING, not
-- yet moderated. Run with: psql -v hot=200 -v wanted=100 -f bench/pending-comments.sql

\set ON_ERROR_STOP on
begin;

create temporary table hot_articles as
select id, published_at, row_number() over (order by published_at desc, id desc) - 1 as n
  from articles
 where status = 'PUBLISHED'
 order by published_at desc, id desc
 limit :hot;

create temporary table missing as
select greatest(0, :wanted - (select count(*) from comments c join hot_articles h on h.id = c.article_id
                                where c.status = 'PENDING')) as n;

insert into comments (article_id, author_name, author_email, body, status, client_address, posted_at)
select h.id,
       'Lectrice ' || g,
       'lectrice-' || g || '@example.org',
       'Suivi en direct très utile, merci. Une précision sur l’heure annoncée ? (' || g || ')',
       'PENDING',
       '127.0.0.1',
       now() - make_interval(secs => (select n from missing) - g)
  from generate_series(1, (select n from missing)) g
  join hot_articles h on h.n = (g - 1) % (select count(*) from hot_articles);

commit;
