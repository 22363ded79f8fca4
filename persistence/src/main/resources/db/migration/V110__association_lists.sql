-- Lists that scale (issue 12, point 5): a partner's customer associations, professionals and certification links are
-- searched, sorted and paged in PostgreSQL (persistence.association.AssociationListQuery).
--
-- Search is a case-insensitive substring of "id <newline> name" (customer id and name; MCID and person name): a
-- trigram GIN index over that expression, with the partner id in the same index (btree_gin), finds a partner's matches
-- without reading its other rows. Both extensions ship with PostgreSQL (contrib) and are trusted: the owner role that
-- runs the migrations may create them (docs/operations.md, "Database"). The query must use the very same expression.
create extension if not exists pg_trgm;
create extension if not exists btree_gin;

create index customer_search_idx on customer
    using gin (partner_id, lower(customer_id || chr(10) || coalesce(name, '')) gin_trgm_ops);
create index professional_search_idx on professional
    using gin (partner_id, lower(person_id || chr(10) || coalesce(name, '')) gin_trgm_ops);

-- An association of a customer or professional found by the search is joined by (partner, subject): without these a
-- search that matches most of a partner's 5,000 customers (the planner cannot guess how many a pattern matches) was a
-- nested loop over every association of the partner for each customer (5.9 s; with them, 21 ms).
create index customer_association_by_customer_idx on customer_association (partner_id, customer_ref);
create index professional_association_by_professional_idx on professional_association (partner_id, professional_ref);
create index certification_claim_by_professional_idx on certification_claim (partner_id, professional_ref);
