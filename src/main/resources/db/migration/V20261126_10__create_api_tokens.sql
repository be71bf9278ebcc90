-- Tokens for programs: the secret is stored as a SHA-256 digest, never as itself.

create table api_tokens (
    id          bigint generated always as identity,
    name        text        not null,
    secret_hash text        not null,
    scopes      text        not null,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    last_used_at timestamptz,
    version     bigint      not null default 0,
    constraint pk_api_tokens primary key (id),
    constraint uq_api_tokens_secret unique (secret_hash)
);
