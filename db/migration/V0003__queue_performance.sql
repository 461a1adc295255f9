-- Speed of the queue and the claim page with hundreds of thousands of claims (issue 4, measured by
-- ./mvnw -Pbench verify). Portable SQL: the same script runs on H2 and PostgreSQL.

-- The claim page's history reads each audit table by claim: without these, every opening of a
-- claim scans the whole audit trail of evidence, verdicts, follow-ups and assignments.
create index ix_evidence_aud_claim on evidence_aud (claim_id);
create index ix_verdict_aud_claim on verdict_aud (claim_id);
create index ix_follow_up_aud_claim on follow_up_aud (claim_id);
create index ix_assignment_aud_claim on assignment_aud (claim_id);

-- The counts per status above the queue, under an assignee, rating or outlet filter, are answered
-- from the index alone; these replace the single-column indexes they start with.
create index ix_claim_assignee_status on claim (assignee, status);
create index ix_claim_rating_status on claim (current_rating, status);
create index ix_claim_outlet_status on claim (outlet, status);
drop index ix_claim_assignee;
drop index ix_claim_rating;
drop index ix_claim_outlet;
