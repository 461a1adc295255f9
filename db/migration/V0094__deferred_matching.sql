-- Bulk import defers claim matching (issue 14): each claim item a bulk import stores is queued here
-- in the document's own transaction, and the background matching pass removes it once the item is
-- embedded and matched, so that a killed pass is completed by the next one. No foreign key: the
-- queue is written in the same flush as the items and must not depend on insert order.
create table match_pending (
    item_id bigint not null primary key,
    claim_id bigint not null,
    document_id bigint not null,
    speaker varchar(300),
    seen_on date
);
