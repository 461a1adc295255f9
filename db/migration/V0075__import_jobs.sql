-- Bulk import jobs (issue 14): one row per run with its progress, and the records it refused.
-- The documents themselves go in through ingest, each in its own transaction; a re-run skips what
-- is already in (content hash, ClaimReview url), so a job killed half-way is completed by a re-run.

create sequence import_job_seq start with 1 increment by 1;

create table import_job (
    id bigint not null primary key,
    version bigint not null,
    format varchar(16) not null,
    source_name varchar(500) not null,
    source_path varchar(2000),
    state varchar(16) not null,
    started_by varchar(64) not null,
    started_at timestamp(6) with time zone not null,
    finished_at timestamp(6) with time zone,
    total_records integer,
    imported integer not null,
    skipped integer not null,
    failed integer not null,
    message varchar(2000),
    constraint ck_import_job_state check (state in ('RUNNING', 'DONE', 'CANCELLED', 'FAILED',
        'INTERRUPTED'))
);
create index ix_import_job_started_by on import_job (started_by, started_at);

create table import_problem (
    job_id bigint not null,
    line_number integer not null,
    reason varchar(1000) not null,
    constraint pk_import_problem primary key (job_id, line_number),
    constraint fk_import_problem_job foreign key (job_id) references import_job (id)
);
