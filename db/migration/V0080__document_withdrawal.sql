-- Issue 13: an editor withdraws a document ingested by mistake; the row stays, marked, for the
-- audit trail and for the claims already worked on.
alter table document add column withdrawn_at timestamp(6) with time zone;
alter table document add column withdrawn_by varchar(64);
alter table document add column withdrawn_reason varchar(1000);
alter table document_aud add column withdrawn_at timestamp(6) with time zone;
alter table document_aud add column withdrawn_by varchar(64);
alter table document_aud add column withdrawn_reason varchar(1000);
