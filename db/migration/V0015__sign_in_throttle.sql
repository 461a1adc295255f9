-- Failed sign-ins, counted per (name, address) pair, per name and per client address, kept in the
-- database so that every web node sees the same counts (docs/design-decisions/sign-in-throttle.md).
-- The key is the kind and a SHA-256 of the normalised name and/or address: a name typed by mistake
-- (or a password typed into the name field) is never stored in clear.
create table sign_in_throttle (
    throttle_key varchar(80) not null primary key,
    failures integer not null,
    last_failure_at timestamp(6) with time zone not null,
    blocked_until timestamp(6) with time zone
);
create index ix_sign_in_throttle_last_failure on sign_in_throttle (last_failure_at);
