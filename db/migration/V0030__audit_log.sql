-- The append-only audit log (issue 9): entries numbered without gaps in commit order, each the
-- leaf of an RFC 9162 Merkle tree, and the signed checkpoints of that tree.

-- One row: the next seq and the leaf hash of the last entry. Appends lock it (select ... for
-- update) in the transaction of the change, which serialises them in commit order.
create table audit_log_head (
    id integer not null primary key,
    next_seq bigint not null,
    last_leaf_hash varchar(64)
);
insert into audit_log_head (id, next_seq, last_leaf_hash) values (1, 0, null);

create table audit_entry (
    seq bigint not null primary key,
    entry_time timestamp(6) with time zone not null,
    actor varchar(64) not null,
    kind varchar(16) not null,
    entity varchar(64),
    entity_id varchar(64),
    change_type varchar(32) not null,
    revision_id bigint,
    claim_id bigint,
    document_id bigint,
    reason varchar(1000),
    canonical_json varchar(1000000) not null,
    leaf_hash varchar(64) not null
);
create index ix_audit_entry_time on audit_entry (entry_time);
create index ix_audit_entry_claim on audit_entry (claim_id);
create index ix_audit_entry_document on audit_entry (document_id);
create index ix_audit_entry_actor on audit_entry (actor);

create table audit_checkpoint (
    tree_size bigint not null primary key,
    root_hash varchar(64) not null,
    signed_at timestamp(6) with time zone not null,
    note varchar(4000) not null
);

-- The result of each verification of the stored log against every checkpoint (daily job and
-- verify-audit --database).
create table audit_verification (
    id bigint not null primary key,
    checked_at timestamp(6) with time zone not null,
    intact boolean not null,
    entries bigint not null,
    message varchar(2000) not null
);
