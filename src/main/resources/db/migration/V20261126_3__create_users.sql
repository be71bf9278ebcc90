-- People who sign in to the management API; passwords are bcrypt hashes, roles a comma-separated list.

create table users (
    id            bigint generated always as identity,
    username      text        not null,
    password_hash text        not null,
    roles         text        not null,
    version       bigint      not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint pk_users primary key (id),
    constraint uq_users_username unique (username),
    constraint ck_users_username check (username ~ '^[a-z0-9._-]{2,64}$')
);
