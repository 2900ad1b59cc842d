-- Territory: forecast targets, and indexes for the visibility rule and the assignment engine.

-- Targets per territory (user_id null) or per member of it, for a month (2026-03) or a quarter (2026-Q1).
create table territory_targets (
    id            uuid primary key,
    territory_id  uuid          not null references territories (id) on delete cascade,
    user_id       uuid references users (id),
    period        varchar(7)    not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$'),
    starts_on     date          not null,
    revenue       numeric(15, 2) check (revenue >= 0),
    visits        integer       check (visits >= 0),
    new_customers integer       check (new_customers >= 0),
    updated_at    timestamptz   not null default now(),
    version       integer       not null default 0
);
create unique index territory_targets_key
    on territory_targets (territory_id, coalesce(user_id, '00000000-0000-0000-0000-000000000000'::uuid), period);
create index territory_targets_user on territory_targets (user_id, starts_on) where user_id is not null;
create index territory_targets_starts_on on territory_targets (starts_on);

-- The visibility rule asks, for one customer row, "is it held by a territory under one of the reader's
-- territories?": customer -> its territories -> their ancestors -> the reader's membership. Each step is an
-- index-only probe with these covering indexes (they replace the single-column ones of V300).
create index territory_customers_customer_territory on territory_customers (customer_id, territory_id);
drop index territory_customers_customer;
create index territory_paths_descendant_ancestor on territory_paths (descendant_id, ancestor_id);
drop index territory_paths_descendant;
create index territory_members_user_territory on territory_members (user_id, territory_id, role);
drop index territory_members_user;
create index territory_exclusions_customer on territory_exclusions (customer_id);
create index territories_parent on territories (parent_id);
