-- Issue 10: what each person should know ("assigned to you"), stored until read and kept 90 days.
create sequence notification_seq start with 1 increment by 1;

create table notification (
    id bigint not null primary key,
    version bigint not null,
    recipient varchar(64) not null,
    kind varchar(32) not null,
    message varchar(1000) not null,
    claim_id bigint,
    created_at timestamp(6) with time zone not null,
    read_at timestamp(6) with time zone,
    constraint ck_notification_kind check (kind in ('ASSIGNED'))
);

create index ix_notification_recipient on notification (recipient, read_at, created_at);
