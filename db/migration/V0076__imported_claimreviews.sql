-- Fact-checks imported from ClaimReview (issue 14): the review's url, so that a re-run skips it,
-- and the claim and verdict it became.
create table imported_claim_review (
    url varchar(2000) not null primary key,
    claim_id bigint not null,
    verdict_id bigint not null,
    imported_by varchar(64) not null,
    imported_at timestamp(6) with time zone not null,
    constraint fk_imported_claim_review_claim foreign key (claim_id) references claim (id),
    constraint fk_imported_claim_review_verdict foreign key (verdict_id) references verdict (id)
);
