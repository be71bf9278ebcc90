-- Verified sign-ins are remembered for a short while on each instance; a change of a user's
-- password, roles or name, or their removal, must reach every instance at once. The same change
-- events carry it (entity 'user', key user:<id>); they are never public and never leave Manchette.

alter table change_events drop constraint ck_change_events_entity;
alter table change_events add constraint ck_change_events_entity
    check (entity in ('article', 'section', 'tag', 'author', 'comment', 'front-page', 'user'));

create function manchette_user_changed() returns trigger
    language plpgsql
    as $$
begin
    if tg_op = 'UPDATE' and (old.username, old.password_hash, old.roles)
                            is not distinct from (new.username, new.password_hash, new.roles) then
        return null;
    end if;
    perform manchette_record_change(
        'user', old.id, case tg_op when 'DELETE' then 'deleted' else 'updated' end, array['user:' || old.id]);
    return null;
end
$$;

create trigger record_users after update or delete on users
    for each row execute function manchette_user_changed();
