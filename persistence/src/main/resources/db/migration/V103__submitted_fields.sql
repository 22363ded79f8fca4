-- Edit and resubmit (issue 12, point 3): the reviewer sees what changed since the last submission. Each submission of
-- an association or certification link keeps the fields it submitted (as the forms name them, JSON) in
-- submitted_fields, and moves the ones of the submission before into previous_fields; the review page compares the
-- two. Null until the first (or second) submission — a draft has none, an import's submission has none.
alter table customer_association add column submitted_fields text, add column previous_fields text;
alter table professional_association add column submitted_fields text, add column previous_fields text;
alter table certification_claim add column submitted_fields text, add column previous_fields text;
