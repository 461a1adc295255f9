-- Issue 10: when an assignment ended, for "finished this week" on the Workload page.
alter table assignment add column ended_at timestamp(6) with time zone;
alter table assignment_aud add column ended_at timestamp(6) with time zone;
create index ix_assignment_ended on assignment (state, ended_at);
