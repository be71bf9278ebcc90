-- Who changed what, when, from where: one row per management change, written with the change.

create table audit_log (
    id             bigint generated always as identity,
    at             timestamptz not null default now(),
    actor          text        not null,
    action         text        not null,
    target_type    text        not null,
    target_id      text        not null,
    version_before bigint,
    version_after  bigint,
    client_address text,
    detail         text,
    constraint pk_audit_log primary key (id)
);
create index ix_audit_log_at on audit_log (at desc, id desc);
create index ix_audit_log_target on audit_log (target_type, target_id, at desc);
create index ix_audit_log_actor on audit_log (actor, at desc);
