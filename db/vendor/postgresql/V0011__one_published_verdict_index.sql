-- PostgreSQL only (H2 has no partial indexes): the rule "at most one verdict in force per claim"
-- said once more in the form a database administrator looks for, beside the portable unique
-- column of V0010.
create unique index ux_verdict_in_force on verdict (claim_id) where state = 'PUBLISHED';
