-- The queue under a rating filter, most check-worthy first (the API's and the queue page's default
-- order): with (current_rating, status) PostgreSQL walked the score index backwards and dropped
-- the claims of other ratings, some 5,600 rows for the fourth page of 39,320 'False' claims out of
-- 1,000,000 (1.4 s from a cold cache). This index answers that page in a range of its own, and the
-- counts per status under the filter still come from the index alone (status is its last column),
-- so it replaces the old one instead of adding a sixteenth index to every claim update
-- (docs/design-decisions/api-speed.md).
create index ix_claim_rating_score on claim (current_rating, checkworthiness, status);
drop index ix_claim_rating_status;
