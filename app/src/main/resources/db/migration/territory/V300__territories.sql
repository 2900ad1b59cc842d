-- Territory: the tree, its rules, the customers each territory holds, its members.

create table territories (
    id          uuid primary key,
    parent_id   uuid references territories (id),
    name        varchar(200) not null,
    description varchar(1000),
    external_id varchar(100),
    -- assignment rule as a JSON tree of and/or groups and conditions; null: no rule (manual only)
    rule        jsonb,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     integer     not null default 0,
    check (parent_id is null or parent_id <> id)
);
create unique index territories_external_id_key on territories (external_id) where external_id is not null;
create unique index territories_sibling_name_key on territories (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));

-- Every (ancestor, descendant) pair of the tree, including each territory with itself at depth 0.
create table territory_paths (
    ancestor_id   uuid    not null references territories (id) on delete cascade,
    descendant_id uuid    not null references territories (id) on delete cascade,
    depth         integer not null,
    primary key (ancestor_id, descendant_id)
);
create index territory_paths_descendant on territory_paths (descendant_id);

-- Which customers a territory holds: by its rule or by a manual inclusion. Manual exclusions are kept
-- separately and win over the rule.
create table territory_customers (
    territory_id uuid not null references territories (id) on delete cascade,
    customer_id  uuid not null references customers (id) on delete cascade,
    source       varchar(10) not null check (source in ('RULE', 'MANUAL')),
    primary key (territory_id, customer_id)
);
create index territory_customers_customer on territory_customers (customer_id);

create table territory_exclusions (
    territory_id uuid not null references territories (id) on delete cascade,
    customer_id  uuid not null references customers (id) on delete cascade,
    primary key (territory_id, customer_id)
);

create table territory_members (
    territory_id uuid not null references territories (id) on delete cascade,
    user_id      uuid not null references users (id),
    role         varchar(10) not null check (role in ('MEMBER', 'MANAGER')),
    primary key (territory_id, user_id)
);
create index territory_members_user on territory_members (user_id);
