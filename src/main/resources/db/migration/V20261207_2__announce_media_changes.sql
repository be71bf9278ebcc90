-- Each instance keeps the most asked-for renditions in memory. A photo's delete or new focal point
-- (which names its renditions' URLs) now writes a change event of its own (entity 'media', key
-- media:<id>), so every instance forgets that photo's renditions at once instead of serving the
-- old URLs until they expire. Never public: webhooks and the live stream take no 'media' event.

alter table change_events drop constraint ck_change_events_entity;
alter table change_events add constraint ck_change_events_entity
    check (entity in ('article', 'section', 'tag', 'author', 'comment', 'front-page', 'user', 'placement', 'job',
                      'media'));

create function manchette_media_renditions_changed() returns trigger
    language plpgsql
    as $$
begin
    if tg_op = 'UPDATE' and (old.focal_x, old.focal_y) is not distinct from (new.focal_x, new.focal_y) then
        return null;
    end if;
    perform manchette_record_change(
        'media', old.id, case tg_op when 'DELETE' then 'deleted' else 'updated' end, array['media:' || old.id]);
    return null;
end
$$;

create trigger record_media_renditions after update or delete on media_items
    for each row execute function manchette_media_renditions_changed();
