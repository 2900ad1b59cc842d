-- Organization: users, groups, permissions, settings, API tokens, audit log.
-- Version numbers: organization 100-199, customer 200-299, territory 300-399.

create table users (
    id              uuid primary key,
    email           varchar(254) not null,
    display_name    varchar(200) not null,
    role            varchar(20)  not null check (role in ('ADMIN', 'SUPERVISOR', 'REP')),
    active          boolean      not null default true,
    password_hash   varchar(200) not null,
    locale          varchar(10),
    home_address    varchar(500),
    home_latitude   double precision check (home_latitude between -90 and 90),
    home_longitude  double precision check (home_longitude between -180 and 180),
    external_id     varchar(100),
    failed_sign_ins integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         integer      not null default 0
);
create unique index users_email_key on users (lower(email));
create unique index users_external_id_key on users (external_id) where external_id is not null;

create table user_groups (
    id          uuid primary key,
    name        varchar(200) not null,
    description varchar(1000),
    external_id varchar(100),
    created_at  timestamptz not null default now(),
    version     integer     not null default 0
);
create unique index user_groups_name_key on user_groups (lower(name));
create unique index user_groups_external_id_key on user_groups (external_id) where external_id is not null;

-- A user belongs to several groups; supervisors of a group manage its members.
create table group_members (
    group_id uuid not null references user_groups (id) on delete cascade,
    user_id  uuid not null references users (id),
    primary key (group_id, user_id)
);
create index group_members_user on group_members (user_id);

-- The permission matrix: who may do each action.
create table permission_policy (
    action   varchar(60) primary key,
    audience varchar(30) not null check (audience in ('EVERYONE', 'SUPERVISORS_AND_ADMINS', 'ADMINS_ONLY', 'NOBODY'))
);

-- Company settings (user_id null) and per-user deviations, one row per setting key.
create table settings (
    id       bigserial primary key,
    user_id  uuid references users (id),
    key      varchar(100) not null,
    value    text not null
);
create unique index settings_company_key on settings (key) where user_id is null;
create unique index settings_user_key on settings (user_id, key) where user_id is not null;

create table api_tokens (
    id           uuid primary key,
    user_id      uuid not null references users (id),
    name         varchar(200) not null,
    token_hash   varchar(128) not null unique,
    prefix       varchar(16)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_tokens_user on api_tokens (user_id);

create table audit_log (
    id          bigserial primary key,
    at          timestamptz  not null default now(),
    actor_id    uuid,
    actor_name  varchar(254),
    entity      varchar(60)  not null,
    entity_id   varchar(100) not null,
    action      varchar(60)  not null,
    summary     text
);
create index audit_log_at on audit_log (at desc);
create index audit_log_entity on audit_log (entity, entity_id);

-- Published to other modules (the visibility rule): which users each supervisor manages, i.e. the members of
-- every group the supervisor belongs to. Admins are not listed: they see everything.
create view supervised_users as
select distinct s.user_id as supervisor_id, m.user_id
from group_members s
join users su on su.id = s.user_id and su.role = 'SUPERVISOR'
join group_members m on m.group_id = s.group_id;
