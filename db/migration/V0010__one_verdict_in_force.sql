-- A claim has at most one verdict in force (published) and at most one on its way (proposed or
-- approved). As with assignment.active_claim_id, a column that equals claim_id only while the
-- verdict is in that state, under a unique constraint, lets the database itself refuse a second
-- one, on H2 and PostgreSQL alike. A proposed retraction waits on the published verdict for a
-- second editor.

-- Earlier data may hold two published verdicts for one claim: the newest stays in force.
update verdict set state = 'SUPERSEDED'
where state = 'PUBLISHED'
  and exists (select 1 from verdict newer
              where newer.claim_id = verdict.claim_id
                and newer.state = 'PUBLISHED'
                and newer.id > verdict.id);

-- Likewise for verdicts on their way: older ones go back to their authors.
update verdict set state = 'DRAFT', approver = null,
    state_note = 'Returned: a newer verdict for this claim was already waiting for approval.'
where state in ('PROPOSED', 'APPROVED')
  and exists (select 1 from verdict newer
              where newer.claim_id = verdict.claim_id
                and newer.state in ('PROPOSED', 'APPROVED')
                and newer.id > verdict.id);

alter table verdict add column published_claim_id bigint;
alter table verdict add column pending_claim_id bigint;
alter table verdict add column retraction_by varchar(64);
alter table verdict add column retraction_reason varchar(2000);

update verdict set published_claim_id = claim_id where state = 'PUBLISHED';
update verdict set pending_claim_id = claim_id where state in ('PROPOSED', 'APPROVED');

alter table verdict add constraint uk_verdict_published_claim unique (published_claim_id);
alter table verdict add constraint uk_verdict_pending_claim unique (pending_claim_id);
alter table verdict add constraint ck_verdict_published
    check ((state = 'PUBLISHED') = (published_claim_id is not null));
alter table verdict add constraint ck_verdict_pending
    check ((state in ('PROPOSED', 'APPROVED')) = (pending_claim_id is not null));

alter table verdict_aud add column published_claim_id bigint;
alter table verdict_aud add column pending_claim_id bigint;
alter table verdict_aud add column retraction_by varchar(64);
alter table verdict_aud add column retraction_reason varchar(2000);
