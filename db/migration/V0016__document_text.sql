-- The document's text moves to a table of its own, so that the foreign-key checks of claims and
-- items on document read only the document's small row (on H2 each check read the whole text).
create table document_text (
    document_id bigint not null primary key,
    original_text varchar(1000000) not null,
    constraint fk_document_text_document foreign key (document_id) references document (id)
);
insert into document_text (document_id, original_text) select id, original_text from document;
alter table document drop column original_text;
