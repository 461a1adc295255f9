-- A claim's life in the queue (issue 12): how many documents a claim appeared in, when the desk
-- last saw it, and whether it was seen again after its verdict was published. The values are kept
-- on the claim (like current_rating and outlet), so that a page of the queue sorted or filtered by
-- them stays one indexed query on one table. They are derived, not edited: no audit columns.

-- When the desk saw each appearance: its document's ingest, or the moment it was linked.
alter table claim_item add column seen_at timestamp(6) with time zone;
update claim_item set seen_at = (select d.ingested_at from document d where d.id = claim_item.document_id);

alter table claim add column appearance_count integer default 0 not null;
alter table claim add column last_seen_at timestamp(6) with time zone;
alter table claim add column last_seen_document_id bigint;
-- The publish time of the verdict in force, and the latest appearance seen after it.
alter table claim add column verdict_published_at timestamp(6) with time zone;
alter table claim add column seen_again_at timestamp(6) with time zone;

update claim set appearance_count =
    (select count(distinct i.document_id) from claim_item i where i.claim_id = claim.id);
update claim set last_seen_at = (select max(i.seen_at) from claim_item i where i.claim_id = claim.id);
update claim set last_seen_document_id =
    (select max(i.document_id) from claim_item i
      where i.claim_id = claim.id and i.seen_at = claim.last_seen_at);
update claim set verdict_published_at =
    (select max(v.published_at) from verdict v where v.claim_id = claim.id and v.state = 'PUBLISHED');
update claim set seen_again_at = last_seen_at
    where verdict_published_at is not null and last_seen_at > verdict_published_at;

create index ix_claim_appearance_count on claim (appearance_count);
create index ix_claim_last_seen on claim (last_seen_at);
create index ix_claim_seen_again on claim (seen_again_at);
