-- Job offers (Références): written by editors or re-imported from a partner's feed, where
-- (source, external_id) names an offer once, so a second import updates it instead of adding a
-- duplicate. Readers see live offers (posted, not expired); they write change events (job:<id>,
-- and jobs for the lists), and public answers expire by themselves at the soonest expiry.

create table job_offers (
    id              bigint generated always as identity,
    slug            text        not null,
    title           text        not null,
    employer_name   text        not null,
    employer_logo_url text,
    location        text        not null,
    region          text        not null,
    contract        text        not null,
    languages       text[]      not null default '{}',
    description     json        not null default '[]',
    apply_url       text,
    apply_email     text,
    posted_at       timestamptz not null,
    expires_at      timestamptz not null,
    source          text,
    external_id     text,
    version         bigint      not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint pk_job_offers primary key (id),
    constraint uq_job_offers_slug unique (slug),
    constraint uq_job_offers_source unique (source, external_id),
    constraint ck_job_offers_slug check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint ck_job_offers_region check (region in ('BRUXELLES', 'WALLONIE', 'FLANDRE')),
    constraint ck_job_offers_contract check (contract in ('CDI', 'CDD', 'INTERIM', 'FREELANCE', 'STAGE', 'ETUDIANT')),
    constraint ck_job_offers_period check (expires_at > posted_at),
    constraint ck_job_offers_apply check (apply_url is not null or apply_email is not null),
    constraint ck_job_offers_source check ((source is null) = (external_id is null)),
    constraint ck_job_offers_description check (json_typeof(description) = 'array')
);
-- The keyset of the public list, and the next expiry.
create index ix_job_offers_posted on job_offers (posted_at desc, id desc);
create index ix_job_offers_expires on job_offers (expires_at);

create function manchette_job_changed() returns trigger
    language plpgsql
    as $$
declare
    id_ bigint := coalesce(new.id, old.id);
begin
    perform manchette_record_change(
        'job', id_,
        case tg_op when 'INSERT' then 'created' when 'DELETE' then 'deleted' else 'updated' end,
        array['job:' || id_, 'jobs']);
    return null;
end
$$;

create trigger record_job_offers after insert or update or delete on job_offers
    for each row execute function manchette_job_changed();
