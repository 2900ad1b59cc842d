-- Customer: transfers of customers between users, and the bookkeeping of the geocoding job.

-- A move or copy of a selection of customers to another user: permanent, or temporary between two dates
-- (holiday cover), after which moved customers return to their original owner.
create table customer_transfers (
    id              uuid primary key,
    mode            varchar(10)  not null check (mode in ('MOVE', 'COPY')),
    temporary       boolean      not null,
    status          varchar(12)  not null check (status in ('SCHEDULED', 'ACTIVE', 'COMPLETED', 'RETURNED', 'CANCELLED')),
    reason          varchar(20)  not null default 'MANUAL' check (reason in ('MANUAL', 'HANDOVER')),
    -- the one owner all customers had when the transfer was made; null when they had several
    from_user_id    uuid references users (id),
    to_user_id      uuid         not null references users (id),
    starts_on       date         not null,
    ends_on         date,
    ended_on        date,
    created_by      uuid,
    created_by_name varchar(254) not null,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    customer_count  integer      not null,
    check (ends_on is null or ends_on >= starts_on),
    check (temporary = (ends_on is not null)),
    check (not (temporary and mode = 'COPY'))
);
create index customer_transfers_to_start on customer_transfers (starts_on) where status = 'SCHEDULED';
create index customer_transfers_to_return on customer_transfers (ends_on) where status = 'ACTIVE';
create index customer_transfers_created on customer_transfers (created_at desc);
create index customer_transfers_to_user on customer_transfers (to_user_id);
create index customer_transfers_from_user on customer_transfers (from_user_id);

-- Each customer of a transfer: its owner before the transfer started, its copy, and what became of it.
create table customer_transfer_items (
    transfer_id       uuid         not null references customer_transfers (id) on delete cascade,
    customer_id       uuid         not null references customers (id) on delete cascade,
    position          integer      not null,
    customer_name     varchar(300) not null,
    original_owner_id uuid references users (id),
    copy_id           uuid references customers (id) on delete set null,
    state             varchar(10)  not null check (state in ('PENDING', 'MOVED', 'COPIED', 'RETURNED', 'KEPT')),
    primary key (transfer_id, customer_id)
);
create index customer_transfer_items_customer on customer_transfer_items (customer_id);
create index customer_transfer_items_owner on customer_transfer_items (original_owner_id);

-- Geocoding: when the job last tried a customer's address, and why the result is missing or doubtful.
alter table customers add column geocoding_attempted_at timestamptz;
alter table customers add column geocoding_note varchar(300);
create index customers_location_problems on customers (location_quality) where location_quality in ('MISSING', 'DOUBTFUL');
