-- Claims per status for the queue's counts without reading every claim (issue 12: a million
-- claims). Each row is a change to one status's count (+n or -n); a status's count is the sum of
-- its rows, and the rows are folded together now and then. On PostgreSQL triggers keep the rows
-- (db/vendor/postgresql/V0101); on H2, which holds small desks only, the counts are still taken
-- from the claims themselves and this table stays empty.
create table claim_status_count (
    status varchar(32) not null,
    delta bigint not null
);
