-- ClaimDesk baseline: the whole domain of DESIGN.md with its Envers audit tables.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.

create sequence audit_revision_seq start with 1 increment by 1;
create sequence app_user_seq start with 1 increment by 1;
create sequence document_seq start with 1 increment by 1;
create sequence claim_seq start with 1 increment by 50;
create sequence claim_item_seq start with 1 increment by 50;
create sequence source_seq start with 1 increment by 1;
create sequence evidence_seq start with 1 increment by 1;
create sequence verdict_seq start with 1 increment by 1;
create sequence follow_up_seq start with 1 increment by 1;
create sequence assignment_seq start with 1 increment by 1;

create table audit_revision (
    id bigint not null primary key,
    revision_timestamp bigint not null,
    username varchar(64) not null,
    reason varchar(1000)
);

create table app_user (
    id bigint not null primary key,
    version bigint not null,
    username varchar(64) not null,
    display_name varchar(200) not null,
    password_hash varchar(200) not null,
    active boolean not null,
    languages varchar(200),
    beats varchar(500),
    created_at timestamp(6) with time zone not null,
    constraint uk_app_user_username unique (username)
);

create table app_user_role (
    user_id bigint not null,
    role varchar(32) not null,
    constraint pk_app_user_role primary key (user_id, role),
    constraint fk_app_user_role_user foreign key (user_id) references app_user (id),
    constraint ck_app_user_role check (role in ('ADMIN', 'EDITOR', 'REVIEWER', 'AUDITOR'))
);

create table document (
    id bigint not null primary key,
    version bigint not null,
    title varchar(500) not null,
    outlet varchar(200),
    url varchar(2000),
    published_date date,
    language varchar(16),
    original_text varchar(1000000) not null,
    content_hash varchar(64) not null,
    ingested_by varchar(64) not null,
    ingested_at timestamp(6) with time zone not null,
    wire_credits varchar(1000),
    boilerplate varchar(200000),
    constraint uk_document_content_hash unique (content_hash)
);
create index ix_document_ingested_at on document (ingested_at);

create table claim (
    id bigint not null primary key,
    version bigint not null,
    statement varchar(4000) not null,
    claimant_name varchar(300),
    claimant_kind varchar(32),
    status varchar(32) not null,
    status_reason varchar(1000),
    checkworthiness double precision not null,
    assignee varchar(64),
    due_date date,
    first_document_id bigint,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    constraint fk_claim_first_document foreign key (first_document_id) references document (id),
    constraint ck_claim_status check (status in ('NEW', 'ACCEPTED', 'DISMISSED', 'ASSIGNED',
        'IN_REVIEW', 'VERDICT_PROPOSED', 'APPROVED', 'PUBLISHED', 'REOPENED')),
    constraint ck_claim_checkworthiness check (checkworthiness between 0 and 1)
);
create index ix_claim_status_score on claim (status, checkworthiness);
create index ix_claim_score on claim (checkworthiness);
create index ix_claim_assignee on claim (assignee);
create index ix_claim_claimant on claim (claimant_name);
create index ix_claim_first_document on claim (first_document_id);

create table claim_item (
    id bigint not null primary key,
    version bigint not null,
    claim_id bigint not null,
    document_id bigint not null,
    item_position integer not null,
    item_text varchar(4000) not null,
    sentence varchar(10000),
    start_offset integer not null,
    end_offset integer not null,
    speaker_name varchar(300),
    speaker_role varchar(300),
    speaker_mention varchar(300),
    speaker_start integer,
    speaker_end integer,
    speaker_kind varchar(32),
    cue varchar(100),
    attribution varchar(32),
    score double precision not null,
    checkworthy boolean not null,
    reasons varchar(2000),
    follow_up_reason varchar(1000),
    follow_up_date date,
    times varchar(4000),
    constraint fk_claim_item_claim foreign key (claim_id) references claim (id),
    constraint fk_claim_item_document foreign key (document_id) references document (id),
    constraint ck_claim_item_offsets check (start_offset >= 0 and end_offset >= start_offset)
);
create index ix_claim_item_claim on claim_item (claim_id);
create index ix_claim_item_document on claim_item (document_id, item_position);

create table source (
    id bigint not null primary key,
    version bigint not null,
    kind varchar(32) not null,
    title varchar(500) not null,
    publisher varchar(300),
    url varchar(2000),
    published_date date,
    archived_url varchar(2000),
    notes varchar(4000),
    created_by varchar(64) not null,
    created_at timestamp(6) with time zone not null
);
create index ix_source_publisher on source (publisher);

create table evidence (
    id bigint not null primary key,
    version bigint not null,
    claim_id bigint not null,
    source_id bigint not null,
    stance varchar(16) not null,
    excerpt varchar(4000),
    note varchar(4000),
    added_by varchar(64) not null,
    added_at timestamp(6) with time zone not null,
    constraint fk_evidence_claim foreign key (claim_id) references claim (id),
    constraint fk_evidence_source foreign key (source_id) references source (id),
    constraint ck_evidence_stance check (stance in ('SUPPORTS', 'REFUTES', 'CONTEXT'))
);
create index ix_evidence_claim on evidence (claim_id);
create index ix_evidence_source on evidence (source_id);

create table verdict (
    id bigint not null primary key,
    version bigint not null,
    claim_id bigint not null,
    rating varchar(40) not null,
    summary varchar(1000) not null,
    rationale varchar(20000),
    state varchar(16) not null,
    author varchar(64) not null,
    approver varchar(64),
    supersedes_id bigint,
    state_note varchar(2000),
    created_at timestamp(6) with time zone not null,
    published_at timestamp(6) with time zone,
    constraint fk_verdict_claim foreign key (claim_id) references claim (id),
    constraint fk_verdict_supersedes foreign key (supersedes_id) references verdict (id),
    constraint ck_verdict_state check (state in ('DRAFT', 'PROPOSED', 'APPROVED', 'PUBLISHED',
        'SUPERSEDED', 'RETRACTED')),
    constraint ck_verdict_second_editor check (approver is null or approver <> author)
);
create index ix_verdict_claim on verdict (claim_id);
create index ix_verdict_state on verdict (state);

create table follow_up (
    id bigint not null primary key,
    version bigint not null,
    claim_id bigint not null,
    watch_for varchar(1000) not null,
    due_date date not null,
    assignee varchar(64),
    status varchar(16) not null,
    outcome varchar(2000),
    created_by varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    closed_at timestamp(6) with time zone,
    constraint fk_follow_up_claim foreign key (claim_id) references claim (id),
    constraint ck_follow_up_status check (status in ('OPEN', 'DONE', 'CANCELLED'))
);
create index ix_follow_up_status_due on follow_up (status, due_date);
create index ix_follow_up_claim on follow_up (claim_id);

create table assignment (
    id bigint not null primary key,
    version bigint not null,
    claim_id bigint not null,
    active_claim_id bigint,
    reviewer varchar(64) not null,
    assigned_by varchar(64) not null,
    assigned_at timestamp(6) with time zone not null,
    due_date date,
    state varchar(16) not null,
    constraint fk_assignment_claim foreign key (claim_id) references claim (id),
    constraint uk_assignment_active_claim unique (active_claim_id),
    constraint ck_assignment_state check (state in ('ACTIVE', 'COMPLETED', 'CANCELLED')),
    constraint ck_assignment_active check ((state = 'ACTIVE') = (active_claim_id is not null))
);
create index ix_assignment_reviewer on assignment (reviewer, state);
create index ix_assignment_claim on assignment (claim_id);

-- Envers audit tables: one row per entity per revision (revtype 0 add, 1 change, 2 delete).

create table app_user_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    username varchar(64),
    display_name varchar(200),
    active boolean,
    languages varchar(200),
    beats varchar(500),
    created_at timestamp(6) with time zone,
    constraint pk_app_user_aud primary key (id, rev),
    constraint fk_app_user_aud_rev foreign key (rev) references audit_revision (id)
);

create table app_user_role_aud (
    rev bigint not null,
    revtype smallint,
    user_id bigint not null,
    role varchar(32) not null,
    constraint pk_app_user_role_aud primary key (rev, user_id, role),
    constraint fk_app_user_role_aud_rev foreign key (rev) references audit_revision (id)
);

create table document_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    title varchar(500),
    outlet varchar(200),
    url varchar(2000),
    published_date date,
    language varchar(16),
    content_hash varchar(64),
    ingested_by varchar(64),
    ingested_at timestamp(6) with time zone,
    wire_credits varchar(1000),
    constraint pk_document_aud primary key (id, rev),
    constraint fk_document_aud_rev foreign key (rev) references audit_revision (id)
);

create table claim_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    statement varchar(4000),
    claimant_name varchar(300),
    claimant_kind varchar(32),
    status varchar(32),
    status_reason varchar(1000),
    checkworthiness double precision,
    assignee varchar(64),
    due_date date,
    first_document_id bigint,
    created_at timestamp(6) with time zone,
    updated_at timestamp(6) with time zone,
    constraint pk_claim_aud primary key (id, rev),
    constraint fk_claim_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_claim_aud_rev on claim_aud (rev);

create table claim_item_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    claim_id bigint,
    document_id bigint,
    item_position integer,
    item_text varchar(4000),
    sentence varchar(10000),
    start_offset integer,
    end_offset integer,
    speaker_name varchar(300),
    speaker_role varchar(300),
    speaker_mention varchar(300),
    speaker_start integer,
    speaker_end integer,
    speaker_kind varchar(32),
    cue varchar(100),
    attribution varchar(32),
    score double precision,
    checkworthy boolean,
    reasons varchar(2000),
    follow_up_reason varchar(1000),
    follow_up_date date,
    times varchar(4000),
    constraint pk_claim_item_aud primary key (id, rev),
    constraint fk_claim_item_aud_rev foreign key (rev) references audit_revision (id)
);

create table source_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    kind varchar(32),
    title varchar(500),
    publisher varchar(300),
    url varchar(2000),
    published_date date,
    archived_url varchar(2000),
    notes varchar(4000),
    created_by varchar(64),
    created_at timestamp(6) with time zone,
    constraint pk_source_aud primary key (id, rev),
    constraint fk_source_aud_rev foreign key (rev) references audit_revision (id)
);

create table evidence_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    claim_id bigint,
    source_id bigint,
    stance varchar(16),
    excerpt varchar(4000),
    note varchar(4000),
    added_by varchar(64),
    added_at timestamp(6) with time zone,
    constraint pk_evidence_aud primary key (id, rev),
    constraint fk_evidence_aud_rev foreign key (rev) references audit_revision (id)
);

create table verdict_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    claim_id bigint,
    rating varchar(40),
    summary varchar(1000),
    rationale varchar(20000),
    state varchar(16),
    author varchar(64),
    approver varchar(64),
    supersedes_id bigint,
    state_note varchar(2000),
    created_at timestamp(6) with time zone,
    published_at timestamp(6) with time zone,
    constraint pk_verdict_aud primary key (id, rev),
    constraint fk_verdict_aud_rev foreign key (rev) references audit_revision (id)
);

create table follow_up_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    claim_id bigint,
    watch_for varchar(1000),
    due_date date,
    assignee varchar(64),
    status varchar(16),
    outcome varchar(2000),
    created_by varchar(64),
    created_at timestamp(6) with time zone,
    closed_at timestamp(6) with time zone,
    constraint pk_follow_up_aud primary key (id, rev),
    constraint fk_follow_up_aud_rev foreign key (rev) references audit_revision (id)
);

create table assignment_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    claim_id bigint,
    active_claim_id bigint,
    reviewer varchar(64),
    assigned_by varchar(64),
    assigned_at timestamp(6) with time zone,
    due_date date,
    state varchar(16),
    constraint pk_assignment_aud primary key (id, rev),
    constraint fk_assignment_aud_rev foreign key (rev) references audit_revision (id)
);
