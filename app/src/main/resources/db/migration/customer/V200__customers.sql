-- Customer: accounts, contacts, notes, visit policy, opening hours, custom fields.

create table custom_field_definitions (
    key        varchar(60) primary key check (key ~ '^[a-z][a-z0-9_]*$'),
    label      varchar(200) not null,
    label_fr   varchar(200),
    type       varchar(20)  not null check (type in ('TEXT', 'NUMBER', 'DATE', 'PICKLIST', 'BOOLEAN')),
    options    text[]       not null default '{}',
    position   integer      not null default 0
);

create table customers (
    id                     uuid primary key,
    external_id            varchar(100),
    name                   varchar(300) not null,
    street                 varchar(300),
    postal_code            varchar(20),
    city                   varchar(200),
    region                 varchar(200),
    country                char(2),
    latitude               double precision check (latitude between -90 and 90),
    longitude              double precision check (longitude between -180 and 180),
    location_quality       varchar(20)  not null default 'MISSING'
                           check (location_quality in ('ENTERED', 'GEOCODED', 'DOUBTFUL', 'MISSING')),
    phone                  varchar(50),
    email                  varchar(254),
    category               varchar(20)  not null default 'B',
    segment                varchar(100),
    industry               varchar(100),
    status                 varchar(20)  not null default 'ACTIVE' check (status in ('PROSPECT', 'ACTIVE', 'INACTIVE')),
    annual_revenue         numeric(15, 2),
    potential              numeric(15, 2),
    ytd_sales              numeric(15, 2),
    owner_id               uuid references users (id),
    custom_fields          jsonb        not null default '{}',
    -- visit policy (null: the company default for the category)
    visit_frequency_days   integer check (visit_frequency_days between 7 and 730),
    visit_duration_minutes integer check (visit_duration_minutes between 5 and 480),
    priority               integer      not null default 3 check (priority between 1 and 5),
    preferred_weekdays     smallint[]   not null default '{}',
    do_not_plan            boolean      not null default false,
    last_visit_on          date,
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now(),
    version                integer      not null default 0
);
create unique index customers_external_id_key on customers (external_id) where external_id is not null;
create index customers_owner on customers (owner_id);
create index customers_name on customers (lower(name) text_pattern_ops);
create index customers_postal_code on customers (postal_code);

-- Weekday 1 = Monday ... 7 = Sunday; several intervals a day.
create table opening_hours (
    customer_id uuid     not null references customers (id) on delete cascade,
    weekday     smallint not null check (weekday between 1 and 7),
    opens       time     not null,
    closes      time     not null,
    check (closes > opens),
    primary key (customer_id, weekday, opens)
);

create table closing_days (
    customer_id uuid not null references customers (id) on delete cascade,
    first_day   date not null,
    last_day    date not null,
    reason      varchar(200),
    check (last_day >= first_day),
    primary key (customer_id, first_day)
);

create table contacts (
    id          uuid primary key,
    customer_id uuid not null references customers (id) on delete cascade,
    external_id varchar(100),
    name        varchar(200) not null,
    role        varchar(100),
    phone       varchar(50),
    email       varchar(254),
    position    integer not null default 0
);
create index contacts_customer on contacts (customer_id);
create unique index contacts_external_id_key on contacts (external_id) where external_id is not null;

create table customer_notes (
    id          uuid primary key,
    customer_id uuid not null references customers (id) on delete cascade,
    author_id   uuid references users (id),
    written_at  timestamptz not null default now(),
    text        text not null
);
create index customer_notes_customer on customer_notes (customer_id, written_at desc);
