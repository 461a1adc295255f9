-- Issue 14: the desk's rating scale as data, seeded with the ratings the code had as an enum.
-- Verdicts keep storing the rating's code (verdict.rating); a retired rating stays for them.
create sequence rating_definition_seq start with 100 increment by 1;

create table rating_definition (
    id bigint not null primary key,
    version bigint not null,
    code varchar(40) not null,
    label varchar(80) not null,
    definition varchar(500) not null,
    scale_position integer not null,
    attributed_only boolean not null,
    retired_at timestamp(6) with time zone,
    constraint uk_rating_definition_code unique (code)
);

create table rating_definition_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    code varchar(40),
    label varchar(80),
    definition varchar(500),
    scale_position integer,
    attributed_only boolean,
    retired_at timestamp(6) with time zone,
    constraint pk_rating_definition_aud primary key (id, rev),
    constraint fk_rating_definition_aud_rev foreign key (rev) references audit_revision (id)
);

insert into rating_definition (id, version, code, label, definition, scale_position, attributed_only)
values
    (1, 0, 'TRUE', 'True', 'The statement is accurate and nothing significant is missing.', 1, false),
    (2, 0, 'MOSTLY_TRUE', 'Mostly true', 'The statement is accurate but needs clarification or additional information.', 2, false),
    (3, 0, 'HALF_TRUE', 'Half true', 'The statement is partially accurate but leaves out important details or takes things out of context.', 3, false),
    (4, 0, 'MOSTLY_FALSE', 'Mostly false', 'The statement contains an element of truth but ignores critical facts that would give a different impression.', 4, false),
    (5, 0, 'FALSE', 'False', 'The statement is not accurate.', 5, false),
    (6, 0, 'MISLEADING', 'Misleading', 'The facts may be right, but the statement gives a wrong impression.', 6, false),
    (7, 0, 'UNPROVEN', 'Unproven', 'There is not enough evidence to rate the statement either way.', 7, false),
    (8, 0, 'ACCURATELY_ATTRIBUTED', 'Accurately attributed', 'The person or organisation did make the statement attributed to them.', 8, true),
    (9, 0, 'MISATTRIBUTED', 'Misattributed', 'The person or organisation did not make the statement attributed to them.', 9, true);
