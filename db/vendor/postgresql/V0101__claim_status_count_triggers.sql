-- PostgreSQL only: statement-level triggers with transition tables keep claim_status_count
-- (V0100) in step with the claims, including COPY loads, at one small insert per statement.
-- Writers only ever insert rows, so concurrent transactions never wait on one another; now and
-- then one of them folds the rows into one per status, guarded by an advisory lock so that only
-- one transaction folds at a time.
create function claim_status_count_fold() returns void language plpgsql as $$
begin
    if pg_try_advisory_xact_lock(720012) then
        with folded as (delete from claim_status_count returning status, delta)
        insert into claim_status_count (status, delta)
            select status, sum(delta) from folded group by status having sum(delta) <> 0;
    end if;
end $$;

create function claim_status_count_insert() returns trigger language plpgsql as $$
begin
    insert into claim_status_count (status, delta)
        select status, count(*) from new_claims group by status;
    if random() < 0.02 then
        perform claim_status_count_fold();
    end if;
    return null;
end $$;

create function claim_status_count_update() returns trigger language plpgsql as $$
begin
    insert into claim_status_count (status, delta)
        select status, sum(change) from (
            select status, 1 as change from new_claims
            union all
            select status, -1 as change from old_claims) changes
        group by status having sum(change) <> 0;
    if random() < 0.02 then
        perform claim_status_count_fold();
    end if;
    return null;
end $$;

create function claim_status_count_delete() returns trigger language plpgsql as $$
begin
    insert into claim_status_count (status, delta)
        select status, -count(*) from old_claims group by status;
    return null;
end $$;

create function claim_status_count_truncate() returns trigger language plpgsql as $$
begin
    delete from claim_status_count;
    return null;
end $$;

create trigger claim_status_count_insert after insert on claim
    referencing new table as new_claims
    for each statement execute function claim_status_count_insert();
create trigger claim_status_count_update after update on claim
    referencing old table as old_claims new table as new_claims
    for each statement execute function claim_status_count_update();
create trigger claim_status_count_delete after delete on claim
    referencing old table as old_claims
    for each statement execute function claim_status_count_delete();
create trigger claim_status_count_truncate after truncate on claim
    for each statement execute function claim_status_count_truncate();

insert into claim_status_count (status, delta)
    select status, count(*) from claim group by status;
