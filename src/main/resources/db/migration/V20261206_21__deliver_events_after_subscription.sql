-- A subscription receives the events recorded after it, never a backlog: fan-out runs a moment
-- after each commit, and an event recorded just before a subscription was created but fanned out
-- after it reached it. Each subscription keeps the last event id at its creation; existing ones
-- keep 0 (they were created before any event they have not received yet).
alter table webhook_subscriptions add column after_event_id bigint not null default 0;

create function manchette_webhook_subscription_start() returns trigger language plpgsql as $$
begin
    new.after_event_id := coalesce((select max(id) from webhook_events), 0);
    return new;
end $$;

create trigger webhook_subscription_start before insert on webhook_subscriptions
    for each row execute function manchette_webhook_subscription_start();
