-- Indexes for the customer visibility rule and the customer list at scale (see docs/benchmarks.md,
-- "Customer visibility at scale").

-- Customer lists are ordered by lower(name), then id. customers_name (text_pattern_ops) serves prefix search
-- but cannot give this order, so without this index every first page sorted the whole table.
create index customers_name_order on customers (lower(name), id);

-- TerritoryVisibility tests a customer against a wide user's territories with an index-only lookup of its
-- assignments. The index replaces territory_customers_customer (customer_id), of which it is an extension.
create index territory_customers_customer_territory on territory_customers (customer_id, territory_id);
drop index territory_customers_customer;
