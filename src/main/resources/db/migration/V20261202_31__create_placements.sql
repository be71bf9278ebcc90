-- Placements: house promotions in named slots of the page (article-footer, home-top…), each live
-- from its start to its end. Readers see them, so they write change events (key placements:<slot>);
-- the public answer also expires by itself at the next start or end (freshUntil), with no write.

alter table change_events drop constraint ck_change_events_entity;
alter table change_events add constraint ck_change_events_entity
    check (entity in ('article', 'section', 'tag', 'author', 'comment', 'front-page', 'user', 'placement', 'job'));

create table placements (
    id         bigint generated always as identity,
    slot       text        not null,
    title      text        not null,
    text       text,
    cta_label  text        not null,
    cta_url    text        not null,
    image_url  text,
    image_alt  text,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    priority   integer     not null default 0,
    version    bigint      not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint pk_placements primary key (id),
    constraint ck_placements_slot check (slot ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint ck_placements_period check (ends_at > starts_at),
    constraint ck_placements_image check (image_url is null or image_alt is not null)
);
-- What a slot shows now, and its next start or end.
create index ix_placements_slot on placements (slot, ends_at);

create function manchette_placement_changed() returns trigger
    language plpgsql
    as $$
declare
    row_ placements := case when tg_op = 'DELETE' then old else new end;
    keys text[]     := array['placements:' || row_.slot];
begin
    if tg_op = 'UPDATE' and old.slot <> new.slot then
        keys := keys || ('placements:' || old.slot);
    end if;
    perform manchette_record_change(
        'placement', row_.id,
        case tg_op when 'INSERT' then 'created' when 'DELETE' then 'deleted' else 'updated' end,
        keys);
    return null;
end
$$;

create trigger record_placements after insert or update or delete on placements
    for each row execute function manchette_placement_changed();
