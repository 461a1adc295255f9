-- Claim matching: each claim's statement embedding (all-MiniLM-L6-v2, 384 floats, base64 of
-- little-endian float32) with the statement it was computed from, and the suggestions offered at
-- ingest or on demand ("same as claim #123?") with the editor's decision. Claims by id only.
create table claim_embedding (
    claim_id bigint not null primary key,
    model varchar(60) not null,
    statement varchar(4000) not null,
    vector varchar(2100) not null,
    created_at timestamp(6) with time zone not null
);

create sequence match_suggestion_seq start with 1 increment by 50;

create table match_suggestion (
    id bigint not null primary key,
    version bigint not null,
    item_id bigint not null,
    item_claim_id bigint not null,
    claim_id bigint not null,
    score double precision not null,
    similarity double precision not null,
    shared_terms varchar(1000),
    why varchar(2000) not null,
    state varchar(16) not null,
    created_at timestamp(6) with time zone not null,
    decided_by varchar(64),
    decided_at timestamp(6) with time zone,
    constraint uk_match_suggestion_pair unique (item_claim_id, claim_id),
    constraint ck_match_suggestion_state check (state in ('OFFERED', 'CONFIRMED', 'REJECTED'))
);
create index ix_match_suggestion_item_claim on match_suggestion (item_claim_id, state);
create index ix_match_suggestion_claim on match_suggestion (claim_id, state);
