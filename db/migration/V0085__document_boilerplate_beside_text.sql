-- Issue 15: the removed boilerplate spans (JSON, with their text) move beside the document's text,
-- out of the document row that every claim's and item's foreign-key check reads: a 900,000-character
-- document's boilerplate (220,000 characters) no longer fitted varchar(200000), and on H2 each check
-- would have read it.
alter table document_text add column boilerplate varchar(1000000);
update document_text set boilerplate = (select d.boilerplate from document d where d.id = document_text.document_id);
alter table document drop column boilerplate;
