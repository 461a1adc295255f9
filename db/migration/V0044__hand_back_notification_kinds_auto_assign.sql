-- Issue 10: a reviewer hands an assignment back with a reason; who ended an assignment and why is
-- kept for the claim's history.
alter table assignment add column end_reason varchar(1000);
alter table assignment add column ended_by varchar(64);
alter table assignment_aud add column end_reason varchar(1000);
alter table assignment_aud add column ended_by varchar(64);
alter table assignment drop constraint ck_assignment_state;
alter table assignment add constraint ck_assignment_state
    check (state in ('ACTIVE', 'COMPLETED', 'CANCELLED', 'HANDED_BACK'));

-- Issue 10: the other notification kinds; once_key makes a sweep's notice (due tomorrow, overdue,
-- follow-up due) be stored once however often the sweep runs.
alter table notification drop constraint ck_notification_kind;
alter table notification add constraint ck_notification_kind
    check (kind in ('ASSIGNED', 'DUE_TOMORROW', 'OVERDUE', 'HANDED_BACK', 'VERDICT_RETURNED',
                    'VERDICT_APPROVED', 'VERDICT_PUBLISHED', 'FOLLOW_UP_DUE'));
alter table notification add column once_key varchar(200);
alter table notification add constraint uk_notification_once unique (once_key);
create index ix_notification_created on notification (created_at);

-- Issue 10: the desk's switch "auto-assign new accepted claims" (one row, off at first).
create table assignment_settings (
    id bigint not null primary key,
    version bigint not null,
    auto_assign_accepted boolean not null,
    changed_by varchar(64) not null,
    changed_at timestamp(6) with time zone not null
);
insert into assignment_settings (id, version, auto_assign_accepted, changed_by, changed_at)
    values (1, 0, false, 'migration', current_timestamp);

create table assignment_settings_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    auto_assign_accepted boolean,
    changed_by varchar(64),
    changed_at timestamp(6) with time zone,
    constraint pk_assignment_settings_aud primary key (id, rev),
    constraint fk_assignment_settings_aud_rev foreign key (rev) references audit_revision (id)
);
