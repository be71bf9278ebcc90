-- French full-text search kept up to date by PostgreSQL itself: accents folded, French stemming,
-- title weighted over lead over body, a GIN index; and trigram suggestions on titles.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- French stemming after accent folding: "émeutes" and "emeute" meet at "emeut".
create text search configuration manchette_french (copy = french);
alter text search configuration manchette_french
    alter mapping for hword, hword_part, word with unaccent, french_stem;

-- unaccent() is only STABLE (its dictionary could change); this wrapper names the dictionary so
-- that indexes may use it, as PostgreSQL's documentation suggests.
create function manchette_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The readable text of a body: block texts, quote attributions, list items and image captions.
create function manchette_body_text(body json) returns text
    language sql immutable parallel safe strict
    as $$
        select coalesce(string_agg(concat_ws(' ',
                   b ->> 'text',
                   b ->> 'attribution',
                   b ->> 'caption',
                   (select string_agg(item, ' ')
                      from json_array_elements_text(
                               case when json_typeof(b -> 'items') = 'array' then b -> 'items' else '[]'::json end) item)),
               ' '), '')
          from json_array_elements(body) b
    $$;

alter table articles add column search_vector tsvector generated always as (
    setweight(to_tsvector('manchette_french', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('manchette_french', coalesce(lead, '')), 'B') ||
    setweight(to_tsvector('manchette_french', manchette_body_text(body)), 'C')
) stored;

create index ix_articles_search on articles using gin (search_vector);

-- Suggestions: titles compared without case or accents, typos tolerated by trigrams.
create index ix_articles_title_trgm on articles
    using gin (manchette_unaccent(lower(title)) gin_trgm_ops) where status = 'PUBLISHED';
