-- Issue 10: how many open assignments a person takes at most, and until when they are away.
alter table app_user add column capacity integer default 10 not null;
alter table app_user add column away_until date;
alter table app_user_aud add column capacity integer;
alter table app_user_aud add column away_until date;
