-- When a photo's rights end, readers stop getting it without any write: answers showing it were
-- cached only until then. Webhook subscribers and the live stream must hear it too, so a scheduler
-- turn announces, once, each published article that showed a photo whose rights have just ended
-- (rights_end_announced keeps which end was announced: a new rightsUntil is announced again).
-- And a change of rightsUntil now also reaches the renditions each instance holds in memory.

alter table media_items add column rights_end_announced timestamptz;

create function manchette_announce_ended_rights(p_now timestamptz) returns integer
    language plpgsql
    as $$
declare
    announced integer := 0;
    article_id_ bigint;
begin
    for article_id_ in
        with ended as (
            update media_items set rights_end_announced = rights_until
             where rights_until <= p_now and rights_end_announced is distinct from rights_until
            returning id)
        select distinct a.id from ended
          join article_media am on am.media_id = ended.id
          join articles a on a.id = am.article_id and a.status = 'PUBLISHED'
         order by a.id
    loop
        perform manchette_record_change('article', article_id_, 'updated',
            array['article:' || article_id_, 'articles:any']);
        announced := announced + 1;
    end loop;
    return announced;
end
$$;

create or replace function manchette_media_renditions_changed() returns trigger
    language plpgsql
    as $$
begin
    if tg_op = 'UPDATE' and (old.focal_x, old.focal_y, old.rights_until)
                            is not distinct from (new.focal_x, new.focal_y, new.rights_until) then
        return null;
    end if;
    perform manchette_record_change(
        'media', old.id, case tg_op when 'DELETE' then 'deleted' else 'updated' end, array['media:' || old.id]);
    return null;
end
$$;
