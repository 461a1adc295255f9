-- The queue's text filter and its counts run in the search index (ClaimTextSearch), so nothing
-- reads claims by "lower(statement) like" any more and this trigram index (V0004) was only written:
-- each change of a claim's status or assignee added every trigram of its statement to it again,
-- which was a tenth of the database's time when 10,000 claims were assigned automatically
-- (docs/design-decisions/assignment-speed.md). The speaker filter's trigram index stays.
drop index if exists ix_claim_statement_trgm;
