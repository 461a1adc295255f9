-- Issue 10: a reviewer marked as having a conflict of interest with a speaker or an outlet is never
-- assigned automatically to that party's claims.
create sequence reviewer_conflict_seq start with 1 increment by 1;

create table reviewer_conflict (
    id bigint not null primary key,
    version bigint not null,
    reviewer varchar(64) not null,
    party varchar(200) not null,
    party_key varchar(200) not null,
    recorded_by varchar(64) not null,
    recorded_at timestamp(6) with time zone not null,
    constraint uk_reviewer_conflict unique (reviewer, party_key)
);

create table reviewer_conflict_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    reviewer varchar(64),
    party varchar(200),
    party_key varchar(200),
    recorded_by varchar(64),
    recorded_at timestamp(6) with time zone,
    constraint pk_reviewer_conflict_aud primary key (id, rev),
    constraint fk_reviewer_conflict_aud_rev foreign key (rev) references audit_revision (id)
);
