-- PostgreSQL only (H2 has no trigram indexes): the queue's free-text and speaker filters search
-- with "contains", which no B-tree index can serve; trigram indexes answer them in milliseconds
-- with 200,000 claims (./mvnw -Pbench verify). pg_trgm is a trusted extension: the database owner
-- may create it.
create extension if not exists pg_trgm;
create index ix_claim_statement_trgm on claim using gin (lower(statement) gin_trgm_ops);
create index ix_claim_claimant_trgm on claim using gin (lower(claimant_name) gin_trgm_ops);
