-- The visibility rule, materialised: customer_access holds every (user, customer) pair that the rule allows,
-- so that a user's customers are one range of an index, already in name order (see docs/benchmarks.md,
-- "Customer visibility at scale"). Admins see everything and need no rows.
--
-- The rule itself is written once, as the view customer_audience. Triggers on the tables it reads keep
-- customer_access equal to it, statement by statement: each change computes the (user, customer) pairs it
-- may affect, inserts those the rule now allows and deletes those it no longer allows.

-- A user sees a customer if they own it, supervise its owner (a group they supervise), belong to one of its
-- territories, or belong to an ancestor of one of them. A pair may be listed more than once (union all: a
-- test of one pair stops at the first branch that holds it).
create view customer_audience (user_id, customer_id) as
select c.owner_id, c.id
from customers c
where c.owner_id is not null
union all
select s.supervisor_id, c.id
from customers c
join supervised_users s on s.user_id = c.owner_id
union all
select m.user_id, tc.customer_id
from territory_customers tc
join territory_paths p on p.descendant_id = tc.territory_id
join territory_members m on m.territory_id = p.ancestor_id;

-- The text a customer search looks in: as the trigram index customers_search_text (V202) and
-- CustomerQuery.SEARCH_TEXT.
create function customer_search_text(name text, city text, postal_code text, external_id text) returns text
    language sql immutable parallel safe as $$
    select lower(name || chr(1) || coalesce(city, '') || chr(1) || coalesce(postal_code, '') || chr(1) || coalesce(external_id, ''))
$$;

create table customer_access (
    user_id     uuid not null references users (id) on delete cascade,
    customer_id uuid not null references customers (id) on delete cascade,
    -- lower(customers.name), kept equal by the triggers below: the order of customer lists
    name_key    text not null,
    -- the customer's searched text (customer_search_text), so that a user's search reads only their rows
    search_text text not null
);

-- The indexes, apart so that a rebuild loads the rows first and sorts each index once.
create function index_customer_access() returns void language plpgsql as $$
begin
    alter table customer_access add primary key (user_id, customer_id);
    -- A user's first page by name: 21 entries of one range.
    create index customer_access_user_name on customer_access (user_id, name_key, customer_id);
    create index customer_access_customer on customer_access (customer_id);
end $$;

-- Makes customer_access agree with customer_audience on the pairs of the temporary table access_candidates.
-- The test of a pair is a scalar subquery, evaluated per pair with both columns pushed into each branch of
-- the view (index lookups); as an EXISTS, PostgreSQL would join the candidates to the whole view instead.
create function sync_customer_access() returns void language plpgsql as $$
begin
    with checked as (
        select x.user_id, x.customer_id,
               (select true from customer_audience v
                where v.user_id = x.user_id and v.customer_id = x.customer_id limit 1) is not null as allowed
        from (select distinct user_id, customer_id from access_candidates) x
    ),
    removed as (
        delete from customer_access a
        using checked k
        where not k.allowed and a.user_id = k.user_id and a.customer_id = k.customer_id
    )
    insert into customer_access (user_id, customer_id, name_key, search_text)
    select k.user_id, k.customer_id, lower(c.name), customer_search_text(c.name, c.city, c.postal_code, c.external_id)
    from checked k
    join customers c on c.id = k.customer_id
    where k.allowed
    on conflict do nothing;
    truncate access_candidates;
end $$;

-- Changes to customer_access are made one transaction at a time: each trigger takes this lock (until its
-- transaction ends) before it reads anything, and, the function being volatile, each of its queries then sees
-- what the transactions before it committed. Without it, two transactions removing a customer's last two
-- territories at once would each still see the other territory and keep the pair: a customer shown to a user
-- who no longer has any reason to see it.
create function lock_customer_access() returns void language sql as $$
    select pg_advisory_xact_lock(391391)
$$;

create function prepare_access_candidates() returns void language plpgsql as $$
begin
    perform lock_customer_access();
    create temp table if not exists access_candidates (user_id uuid not null, customer_id uuid not null) on commit drop;
end $$;

-- Territory assignments: a customer entering a territory is seen by the members of the territory and of its
-- ancestors; leaving it, no longer by those who see it no other way.
create function customer_access_assigned() returns trigger language plpgsql as $$
begin
    perform lock_customer_access();
    insert into customer_access (user_id, customer_id, name_key, search_text)
    select distinct m.user_id, n.customer_id, lower(c.name), customer_search_text(c.name, c.city, c.postal_code, c.external_id)
    from changed n
    join territory_paths p on p.descendant_id = n.territory_id
    join territory_members m on m.territory_id = p.ancestor_id
    join customers c on c.id = n.customer_id
    on conflict do nothing;
    return null;
end $$;

create function customer_access_unassigned() returns trigger language plpgsql as $$
begin
    perform prepare_access_candidates();
    insert into access_candidates
    select m.user_id, o.customer_id
    from changed o
    join territory_paths p on p.descendant_id = o.territory_id
    join territory_members m on m.territory_id = p.ancestor_id;
    -- A shortcut for large moves: most of these users still see the customer through another territory, which
    -- one hash join finds for all of them at once; only the others need the pair-by-pair test.
    delete from access_candidates x
    using territory_customers tc
    join territory_paths p on p.descendant_id = tc.territory_id
    join territory_members m on m.territory_id = p.ancestor_id
    where tc.customer_id = x.customer_id and m.user_id = x.user_id;
    perform sync_customer_access();
    return null;
end $$;

-- A deleted territory's assignments go first, while its paths and members still say who saw its customers
-- through it: the cascade of the delete would remove assignments, paths and members in no set order, and
-- fire their triggers only once all are gone.
create function territory_assignments_released() returns trigger language plpgsql as $$
begin
    delete from territory_customers where territory_id = old.id;
    return old;
end $$;

create trigger territory_assignments_released before delete on territories
    for each row execute function territory_assignments_released();

create trigger customer_access_assigned after insert on territory_customers
    referencing new table as changed for each statement execute function customer_access_assigned();
create trigger customer_access_unassigned after delete on territory_customers
    referencing old table as changed for each statement execute function customer_access_unassigned();

-- Territory memberships and the tree: the pairs of the members of an ancestor and the customers of its
-- descendants.
create function customer_access_members_changed() returns trigger language plpgsql as $$
begin
    perform prepare_access_candidates();
    insert into access_candidates
    select x.user_id, tc.customer_id
    from changed x
    join territory_paths p on p.ancestor_id = x.territory_id
    join territory_customers tc on tc.territory_id = p.descendant_id;
    perform sync_customer_access();
    return null;
end $$;

create trigger customer_access_members_added after insert on territory_members
    referencing new table as changed for each statement execute function customer_access_members_changed();
create trigger customer_access_members_removed after delete on territory_members
    referencing old table as changed for each statement execute function customer_access_members_changed();

create function customer_access_paths_changed() returns trigger language plpgsql as $$
begin
    perform prepare_access_candidates();
    insert into access_candidates
    select m.user_id, tc.customer_id
    from changed x
    join territory_members m on m.territory_id = x.ancestor_id
    join territory_customers tc on tc.territory_id = x.descendant_id;
    perform sync_customer_access();
    return null;
end $$;

create trigger customer_access_paths_added after insert on territory_paths
    referencing new table as changed for each statement execute function customer_access_paths_changed();
create trigger customer_access_paths_removed after delete on territory_paths
    referencing old table as changed for each statement execute function customer_access_paths_changed();

-- Groups: the supervisors of a group (whoever is or was in it) and the customers of its members (present or
-- past).
create function customer_access_groups_changed() returns trigger language plpgsql as $$
begin
    perform prepare_access_candidates();
    with touched as (
        select x.group_id, x.user_id from changed x
        union
        select g.group_id, g.user_id from group_members g where g.group_id in (select group_id from changed)
    )
    insert into access_candidates
    select s.user_id, c.id
    from touched s
    join users su on su.id = s.user_id and su.role = 'SUPERVISOR'
    join touched m on m.group_id = s.group_id
    join customers c on c.owner_id = m.user_id;
    perform sync_customer_access();
    return null;
end $$;

create trigger customer_access_groups_added after insert on group_members
    referencing new table as changed for each statement execute function customer_access_groups_changed();
create trigger customer_access_groups_removed after delete on group_members
    referencing old table as changed for each statement execute function customer_access_groups_changed();

-- A user who becomes or stops being a supervisor: the customers of their groups' members.
create function customer_access_roles_changed() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from old_rows o join new_rows n on n.id = o.id where n.role is distinct from o.role) then
        return null;
    end if;
    perform prepare_access_candidates();
    insert into access_candidates
    select n.id, c.id
    from old_rows o
    join new_rows n on n.id = o.id and n.role is distinct from o.role
    join group_members s on s.user_id = n.id
    join group_members m on m.group_id = s.group_id
    join customers c on c.owner_id = m.user_id;
    perform sync_customer_access();
    return null;
end $$;

create trigger customer_access_roles_changed after update on users
    referencing old table as old_rows new table as new_rows for each statement execute function customer_access_roles_changed();

-- Customers: the owner and the owner's supervisors; a new name, city, postal code or external id changes the
-- order key and the searched text.
create function customer_access_customers_added() returns trigger language plpgsql as $$
begin
    perform prepare_access_candidates();
    insert into access_candidates
    select n.owner_id, n.id from changed n where n.owner_id is not null
    union all
    select s.supervisor_id, n.id from changed n join supervised_users s on s.user_id = n.owner_id;
    perform sync_customer_access();
    return null;
end $$;

create function customer_access_customers_changed() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from old_rows o join new_rows n on n.id = o.id
                   where (n.name, n.city, n.postal_code, n.external_id, n.owner_id)
                         is distinct from (o.name, o.city, o.postal_code, o.external_id, o.owner_id)) then
        return null;
    end if;
    perform lock_customer_access();
    update customer_access a
    set name_key = lower(n.name), search_text = customer_search_text(n.name, n.city, n.postal_code, n.external_id)
    from old_rows o join new_rows n on n.id = o.id
    where a.customer_id = n.id
      and (n.name, n.city, n.postal_code, n.external_id) is distinct from (o.name, o.city, o.postal_code, o.external_id);
    if not exists (select 1 from old_rows o join new_rows n on n.id = o.id where n.owner_id is distinct from o.owner_id) then
        return null;
    end if;
    perform prepare_access_candidates();
    with moved as (
        select o.id, o.owner_id as before, n.owner_id as after
        from old_rows o join new_rows n on n.id = o.id
        where n.owner_id is distinct from o.owner_id
    )
    insert into access_candidates
    select owner.user_id, moved.id
    from moved
    cross join lateral (select moved.before union select moved.after) owner (user_id)
    where owner.user_id is not null
    union
    select s.supervisor_id, moved.id
    from moved
    join supervised_users s on s.user_id in (moved.before, moved.after);
    perform sync_customer_access();
    return null;
end $$;

create trigger customer_access_customers_added after insert on customers
    referencing new table as changed for each statement execute function customer_access_customers_added();
create trigger customer_access_customers_changed after update on customers
    referencing old table as old_rows new table as new_rows for each statement execute function customer_access_customers_changed();

-- Recomputes the whole table from the rule: for the data already there when this migration runs, and for
-- bulk loads made with the triggers off (session_replication_role = replica).
create function rebuild_customer_access() returns bigint language plpgsql as $$
declare
    pairs bigint;
begin
    set local work_mem = '256MB';
    set local maintenance_work_mem = '1GB';
    alter table customer_access drop constraint if exists customer_access_pkey;
    drop index if exists customer_access_user_name;
    drop index if exists customer_access_customer;
    truncate customer_access;
    insert into customer_access (user_id, customer_id, name_key, search_text)
    select v.user_id, v.customer_id, lower(c.name), customer_search_text(c.name, c.city, c.postal_code, c.external_id)
    from (select distinct user_id, customer_id from customer_audience) v
    join customers c on c.id = v.customer_id
    order by 1, 3, 2;
    get diagnostics pairs = row_count;
    perform index_customer_access();
    analyze customer_access;
    return pairs;
end $$;

select rebuild_customer_access();
