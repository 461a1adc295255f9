-- Personal API tokens (issue 8): only a SHA-256 hash of each token is stored, never the token.
create sequence api_token_seq start with 1 increment by 1;

create table api_token (
    id bigint not null primary key,
    version bigint not null,
    owner_id bigint not null,
    name varchar(100) not null,
    token_hash varchar(64) not null,
    token_hint varchar(16) not null,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at timestamp(6) with time zone,
    revoked_by varchar(64),
    constraint uk_api_token_hash unique (token_hash),
    constraint fk_api_token_owner foreign key (owner_id) references app_user (id)
);

create index ix_api_token_owner on api_token (owner_id);
