-- The claim queue filters by rating and outlet on the server; both are kept on the claim itself
-- (the published rating and the outlet of the first appearance) so that a page of the queue is
-- one indexed query on one table.
alter table claim add column current_rating varchar(40);
alter table claim add column outlet varchar(200);
alter table claim_aud add column current_rating varchar(40);
alter table claim_aud add column outlet varchar(200);

create index ix_claim_rating on claim (current_rating);
create index ix_claim_outlet on claim (outlet);
create index ix_claim_created_at on claim (created_at);
create index ix_claim_status_created on claim (status, created_at);
