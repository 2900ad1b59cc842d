-- Indexes for the customer visibility rule and the customer list at scale (see docs/benchmarks.md,
-- "Customer visibility at scale").

-- Customer lists are ordered by lower(name), then id. customers_name (text_pattern_ops) serves prefix search
-- but cannot give this order, so without this index every first page sorted the whole table.
create index customers_name_order on customers (lower(name), id);

-- TerritoryVisibility tests a customer against a wide user's territories with an index-only lookup of its
-- assignments. The index replaces territory_customers_customer (customer_id), of which it is an extension.
-- V301 (merged alongside) creates the same index and drops the same one: both statements tolerate that.
create index if not exists territory_customers_customer_territory on territory_customers (customer_id, territory_id);
drop index if exists territory_customers_customer;

-- Name search (a prefix of the name, results in name order) in one index range: with the "C" collation,
-- `lower(name) collate "C" like 'boul%'` becomes a range of this index, already in result order. With the
-- database's default collation, the planner can only walk customers_name_order from the first name and
-- filter, or sort every match. Used by queries that search and order by `lower(c.name) collate "C"`.
create index customers_name_search on customers ((lower(name) collate "C"), id);
