-- Customer search at scale (see docs/benchmarks.md, "Customer visibility at scale").
--
-- The list's search finds a text anywhere in the name, city, postal code or external id. A b-tree cannot
-- serve "contains", so at a million customers every search walked the name index and filtered (seconds for
-- a common prefix such as "boul"). A trigram index over the four fields, joined by a control character no
-- search text contains (so that a match never spans two fields), turns any search of three characters or
-- more into an index lookup. CustomerQuery.SEARCH_TEXT must stay the same expression as here.
-- pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;

create index if not exists customers_search_text on customers using gin (
    lower(name || chr(1) || coalesce(city, '') || chr(1) || coalesce(postal_code, '') || chr(1)
          || coalesce(external_id, '')) gin_trgm_ops);

