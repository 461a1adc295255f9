-- Issue 14: the address of the published fact-check, asked for at publish, for ClaimReview's url.
alter table verdict add column review_url varchar(2000);
alter table verdict_aud add column review_url varchar(2000);
