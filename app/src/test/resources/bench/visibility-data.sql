-- Data for the customer-visibility benchmark (run by dev.terrain.bench.VisibilityData on an empty, migrated
-- database). Everything is set-based and deterministic: pseudo-random values come from hashint8extended over
-- the row number with a salt derived from ${seed}; ids are md5-based UUIDs of (seed, kind, number).
-- Sections start with "-- step:"; each runs as one batch. ${seed} and ${customers} are integers.

-- step: reference data
drop schema if exists bench cascade;
create schema bench;

create function bench.rnd(i bigint, salt bigint) returns double precision
    language sql immutable parallel safe
    as $$ select (hashint8extended(i, salt) & 2147483647)::double precision / 2147483648.0 $$;

create function bench.pick(i bigint, salt bigint, n integer) returns integer
    language sql immutable parallel safe
    as $$ select least(floor(bench.rnd(i, salt) * n)::integer, n - 1) $$;

create function bench.uid(kind text, i bigint) returns uuid
    language sql immutable parallel safe
    as $$ select md5('${seed}:' || kind || ':' || i)::uuid $$;

create table bench.regions (n integer primary key, code text not null, name text not null);
insert into bench.regions values
    (0, 'ARA', 'Auvergne-Rhône-Alpes'), (1, 'BFC', 'Bourgogne-Franche-Comté'), (2, 'BRE', 'Bretagne'),
    (3, 'CVL', 'Centre-Val de Loire'), (4, 'COR', 'Corse'), (5, 'GES', 'Grand Est'),
    (6, 'HDF', 'Hauts-de-France'), (7, 'IDF', 'Île-de-France'), (8, 'NOR', 'Normandie'),
    (9, 'NAQ', 'Nouvelle-Aquitaine'), (10, 'OCC', 'Occitanie'), (11, 'PDL', 'Pays de la Loire'),
    (12, 'PAC', 'Provence-Alpes-Côte d''Azur');

-- One row per postal-code department (20 stands for Corsica), with its prefecture, an approximate position
-- and a weight (1-4) that makes populous departments hold more customers.
create table bench.departments (
    code text primary key, prefecture text not null, region text not null,
    lat double precision not null, lon double precision not null, weight integer not null,
    n integer, leaves integer);
insert into bench.departments (code, prefecture, region, lat, lon, weight) values
    ('01', 'Bourg-en-Bresse', 'ARA', 46.21, 5.23, 2), ('02', 'Laon', 'HDF', 49.56, 3.62, 2),
    ('03', 'Moulins', 'ARA', 46.57, 3.33, 1), ('04', 'Digne-les-Bains', 'PAC', 44.09, 6.24, 1),
    ('05', 'Gap', 'PAC', 44.56, 6.08, 1), ('06', 'Nice', 'PAC', 43.70, 7.27, 3),
    ('07', 'Privas', 'ARA', 44.74, 4.60, 1), ('08', 'Charleville-Mézières', 'GES', 49.77, 4.72, 1),
    ('09', 'Foix', 'OCC', 42.97, 1.61, 1), ('10', 'Troyes', 'GES', 48.30, 4.08, 1),
    ('11', 'Carcassonne', 'OCC', 43.21, 2.35, 1), ('12', 'Rodez', 'OCC', 44.35, 2.57, 1),
    ('13', 'Marseille', 'PAC', 43.30, 5.37, 4), ('14', 'Caen', 'NOR', 49.18, -0.37, 2),
    ('15', 'Aurillac', 'ARA', 44.93, 2.44, 1), ('16', 'Angoulême', 'NAQ', 45.65, 0.16, 1),
    ('17', 'La Rochelle', 'NAQ', 46.16, -1.15, 2), ('18', 'Bourges', 'CVL', 47.08, 2.40, 1),
    ('19', 'Tulle', 'NAQ', 45.27, 1.77, 1), ('20', 'Ajaccio', 'COR', 41.93, 8.74, 1),
    ('21', 'Dijon', 'BFC', 47.32, 5.04, 2), ('22', 'Saint-Brieuc', 'BRE', 48.51, -2.76, 2),
    ('23', 'Guéret', 'NAQ', 46.17, 1.87, 1), ('24', 'Périgueux', 'NAQ', 45.18, 0.72, 1),
    ('25', 'Besançon', 'BFC', 47.24, 6.02, 2), ('26', 'Valence', 'ARA', 44.93, 4.89, 2),
    ('27', 'Évreux', 'NOR', 49.03, 1.15, 2), ('28', 'Chartres', 'CVL', 48.45, 1.49, 1),
    ('29', 'Quimper', 'BRE', 48.00, -4.10, 2), ('30', 'Nîmes', 'OCC', 43.84, 4.36, 2),
    ('31', 'Toulouse', 'OCC', 43.60, 1.44, 3), ('32', 'Auch', 'OCC', 43.65, 0.59, 1),
    ('33', 'Bordeaux', 'NAQ', 44.84, -0.58, 3), ('34', 'Montpellier', 'OCC', 43.61, 3.88, 3),
    ('35', 'Rennes', 'BRE', 48.11, -1.68, 3), ('36', 'Châteauroux', 'CVL', 46.81, 1.69, 1),
    ('37', 'Tours', 'CVL', 47.39, 0.69, 2), ('38', 'Grenoble', 'ARA', 45.19, 5.72, 3),
    ('39', 'Lons-le-Saunier', 'BFC', 46.67, 5.55, 1), ('40', 'Mont-de-Marsan', 'NAQ', 43.89, -0.50, 1),
    ('41', 'Blois', 'CVL', 47.59, 1.33, 1), ('42', 'Saint-Étienne', 'ARA', 45.44, 4.39, 2),
    ('43', 'Le Puy-en-Velay', 'ARA', 45.04, 3.88, 1), ('44', 'Nantes', 'PDL', 47.22, -1.55, 3),
    ('45', 'Orléans', 'CVL', 47.90, 1.90, 2), ('46', 'Cahors', 'OCC', 44.45, 1.44, 1),
    ('47', 'Agen', 'NAQ', 44.20, 0.62, 1), ('48', 'Mende', 'OCC', 44.52, 3.50, 1),
    ('49', 'Angers', 'PDL', 47.47, -0.55, 2), ('50', 'Saint-Lô', 'NOR', 49.12, -1.09, 1),
    ('51', 'Châlons-en-Champagne', 'GES', 48.96, 4.36, 2), ('52', 'Chaumont', 'GES', 48.11, 5.14, 1),
    ('53', 'Laval', 'PDL', 48.07, -0.77, 1), ('54', 'Nancy', 'GES', 48.69, 6.18, 2),
    ('55', 'Bar-le-Duc', 'GES', 48.77, 5.16, 1), ('56', 'Vannes', 'BRE', 47.66, -2.76, 2),
    ('57', 'Metz', 'GES', 49.12, 6.18, 2), ('58', 'Nevers', 'BFC', 46.99, 3.16, 1),
    ('59', 'Lille', 'HDF', 50.63, 3.06, 4), ('60', 'Beauvais', 'HDF', 49.43, 2.08, 2),
    ('61', 'Alençon', 'NOR', 48.43, 0.09, 1), ('62', 'Arras', 'HDF', 50.29, 2.78, 3),
    ('63', 'Clermont-Ferrand', 'ARA', 45.78, 3.08, 2), ('64', 'Pau', 'NAQ', 43.30, -0.37, 2),
    ('65', 'Tarbes', 'OCC', 43.23, 0.08, 1), ('66', 'Perpignan', 'OCC', 42.70, 2.90, 2),
    ('67', 'Strasbourg', 'GES', 48.57, 7.75, 3), ('68', 'Colmar', 'GES', 48.08, 7.36, 2),
    ('69', 'Lyon', 'ARA', 45.76, 4.84, 4), ('70', 'Vesoul', 'BFC', 47.62, 6.15, 1),
    ('71', 'Mâcon', 'BFC', 46.31, 4.83, 2), ('72', 'Le Mans', 'PDL', 48.00, 0.20, 2),
    ('73', 'Chambéry', 'ARA', 45.57, 5.92, 2), ('74', 'Annecy', 'ARA', 45.90, 6.13, 2),
    ('75', 'Paris', 'IDF', 48.86, 2.35, 4), ('76', 'Rouen', 'NOR', 49.44, 1.10, 3),
    ('77', 'Melun', 'IDF', 48.54, 2.66, 3), ('78', 'Versailles', 'IDF', 48.80, 2.13, 3),
    ('79', 'Niort', 'NAQ', 46.32, -0.46, 1), ('80', 'Amiens', 'HDF', 49.89, 2.30, 2),
    ('81', 'Albi', 'OCC', 43.93, 2.15, 1), ('82', 'Montauban', 'OCC', 44.02, 1.35, 1),
    ('83', 'Toulon', 'PAC', 43.12, 5.93, 3), ('84', 'Avignon', 'PAC', 43.95, 4.81, 2),
    ('85', 'La Roche-sur-Yon', 'PDL', 46.67, -1.43, 2), ('86', 'Poitiers', 'NAQ', 46.58, 0.34, 2),
    ('87', 'Limoges', 'NAQ', 45.83, 1.26, 1), ('88', 'Épinal', 'GES', 48.17, 6.45, 1),
    ('89', 'Auxerre', 'BFC', 47.80, 3.57, 1), ('90', 'Belfort', 'BFC', 47.64, 6.86, 1),
    ('91', 'Évry', 'IDF', 48.63, 2.44, 3), ('92', 'Nanterre', 'IDF', 48.89, 2.21, 4),
    ('93', 'Bobigny', 'IDF', 48.91, 2.44, 3), ('94', 'Créteil', 'IDF', 48.79, 2.46, 3),
    ('95', 'Cergy', 'IDF', 49.04, 2.08, 3);
-- Departments numbered 0..94; the eleven heaviest get five sector territories, the others four:
-- 1 country + 13 regions + 95 departments + 391 sectors = 500 territories.
update bench.departments d set n = x.n
from (select code, (row_number() over (order by code) - 1)::integer as n from bench.departments) x
where x.code = d.code;
update bench.departments d set leaves = case when x.rank <= 11 then 5 else 4 end
from (select code, row_number() over (order by weight desc, code) as rank from bench.departments) x
where x.code = d.code;

-- Sector territories: sector k of a department with s sectors takes the postal codes whose third digit d
-- has d % s = k.
create table bench.sectors as
select (row_number() over (order by d.code, k) - 1)::integer as n, d.code as dept, k, d.leaves as siblings,
       bench.uid('sector', (row_number() over (order by d.code, k) - 1)) as id
from bench.departments d cross join lateral generate_series(0, d.leaves - 1) k;
alter table bench.sectors add primary key (n);
-- Reps: rep r has sector r % 391 as its home; a sector has 4 or 5 reps.
alter table bench.sectors add column reps integer;
update bench.sectors set reps = (1899 - n) / (select count(*) from bench.sectors)::integer + 1;

create table bench.prefixes as
select s.dept || d as prefix, s.n as sector
from bench.sectors s cross join generate_series(0, 9) d
where d % s.siblings = s.k;
alter table bench.prefixes add primary key (prefix);

-- 2,000 users: 10 admins (n 0-9), 90 supervisors (10-99: one national, 13 regional, 76 departmental),
-- 1,900 reps (100-1999).
create table bench.users as
select n, bench.uid('user', n) as id,
       case when n < 10 then 'ADMIN' when n < 100 then 'SUPERVISOR' else 'REP' end as role,
       case when n < 10 then 'admin'
            when n = 10 then 'supervisor-national'
            when n < 24 then 'supervisor-region'
            when n < 100 then 'supervisor-department'
            else 'rep' end as kind,
       case when n >= 100 then n - 100 end as rep
from generate_series(0, 1999) n;
alter table bench.users add primary key (n);
create unique index on bench.users (rep);

-- step: organization
insert into users (id, email, display_name, role, active, password_hash, locale, external_id, created_at, updated_at)
select u.id,
       lower(u.kind) || '-' || lpad(u.n::text, 4, '0') || '@bench.terrain.test',
       (array['Camille', 'Léa', 'Hugo', 'Louis', 'Chloé', 'Lucas', 'Manon', 'Nathan', 'Inès', 'Jules',
              'Sarah', 'Gabriel', 'Emma', 'Arthur', 'Zoé', 'Paul', 'Alice', 'Théo', 'Julie', 'Adam'])[1 + bench.pick(u.n, ${seed} * 100 + 50, 20)]
       || ' ' ||
       (array['Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
              'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard'])[1 + bench.pick(u.n, ${seed} * 100 + 51, 20)],
       u.role, true, '{noop}benchmark-user-cannot-sign-in', 'fr', 'BENCH-U-' || lpad(u.n::text, 4, '0'),
       timestamptz '2026-01-05 09:00+01', timestamptz '2026-01-05 09:00+01'
from bench.users u;

-- One group per department: its reps, its departmental supervisor and its regional supervisor.
insert into user_groups (id, name, external_id, created_at)
select bench.uid('group', d.n), 'Team ' || d.code || ' ' || d.prefecture, 'BENCH-G-' || d.code,
       timestamptz '2026-01-05 09:00+01'
from bench.departments d;

insert into group_members (group_id, user_id)
select bench.uid('group', d.n), u.id
from bench.users u
join bench.sectors s on s.n = u.rep % (select count(*) from bench.sectors)::integer
join bench.departments d on d.code = s.dept
union
select bench.uid('group', d.n), bench.uid('user', 24 + d.n % 76)
from bench.departments d
union
select bench.uid('group', d.n), bench.uid('user', 11 + r.n)
from bench.departments d join bench.regions r on r.code = d.region;

-- step: territories
insert into territories (id, parent_id, name, external_id, rule, created_at, updated_at)
select bench.uid('country', 0), null, 'France', 'BENCH-T-FR', null,
       timestamptz '2026-01-05 09:00+01', timestamptz '2026-01-05 09:00+01';

insert into territories (id, parent_id, name, external_id, rule, created_at, updated_at)
select bench.uid('region', r.n), bench.uid('country', 0), r.name, 'BENCH-T-' || r.code, null,
       timestamptz '2026-01-05 09:00+01', timestamptz '2026-01-05 09:00+01'
from bench.regions r;

insert into territories (id, parent_id, name, external_id, rule, created_at, updated_at)
select bench.uid('department', d.n), bench.uid('region', r.n), d.code || ' ' || d.prefecture,
       'BENCH-T-' || d.code, null, timestamptz '2026-01-05 09:00+01', timestamptz '2026-01-05 09:00+01'
from bench.departments d join bench.regions r on r.code = d.region;

-- Sectors hold customers by rule: postal code starts with one of their three-digit prefixes (the rule JSON
-- of territory/internal/RuleParser, in its canonical form).
insert into territories (id, parent_id, name, external_id, rule, created_at, updated_at)
select s.id, bench.uid('department', d.n), d.code || ' ' || d.prefecture || ' ' || (s.k + 1),
       'BENCH-T-' || d.code || '-' || (s.k + 1),
       jsonb_build_object('all', jsonb_build_array(jsonb_build_object(
           'field', 'postalCode', 'op', 'startsWith',
           'value', (select jsonb_agg(p.prefix order by p.prefix) from bench.prefixes p where p.sector = s.n)))),
       timestamptz '2026-01-05 09:00+01', timestamptz '2026-01-05 09:00+01'
from bench.sectors s join bench.departments d on d.code = s.dept;

insert into territory_paths (ancestor_id, descendant_id, depth)
with recursive up (descendant_id, ancestor_id, depth, parent_id) as (
    select id, id, 0, parent_id from territories
    union all
    select up.descendant_id, t.id, up.depth + 1, t.parent_id
    from up join territories t on t.id = up.parent_id
)
select ancestor_id, descendant_id, depth from up;

-- Reps are members of their home sector and, for four in ten, of one or two neighbouring sectors;
-- supervisors manage the country, a region or one or two departments.
insert into territory_members (territory_id, user_id, role)
select s.id, u.id, 'MEMBER'
from bench.users u
cross join generate_series(0, 2) extra
join bench.sectors s on s.n = (u.rep + extra) % (select count(*) from bench.sectors)::integer
where u.rep is not null
  and extra <= case when bench.pick(u.n, ${seed} * 100 + 60, 10) < 6 then 0
                    when bench.pick(u.n, ${seed} * 100 + 60, 10) < 9 then 1 else 2 end
union all
select bench.uid('country', 0), bench.uid('user', 10), 'MANAGER'
union all
select bench.uid('region', r.n), bench.uid('user', 11 + r.n), 'MANAGER' from bench.regions r
union all
select bench.uid('department', d.n), bench.uid('user', 24 + d.n % 76), 'MANAGER' from bench.departments d;

-- step: customers
create table bench.slots as
select (row_number() over (order by d.code, w) - 1)::integer as slot, d.code
from bench.departments d cross join lateral generate_series(1, d.weight) w;

insert into customers (id, external_id, name, street, postal_code, city, region, country, latitude, longitude,
                       location_quality, phone, email, category, segment, industry, status, annual_revenue,
                       potential, ytd_sales, owner_id, visit_frequency_days, priority, last_visit_on,
                       created_at, updated_at)
select bench.uid('customer', g.i),
       'BENCH-C-' || lpad(g.i::text, 7, '0'),
       case when g.pattern < 50 then g.kind || ' ' || g.surname
            when g.pattern < 75 then g.surname || ' ' ||
                 (array['Frères', '& Fils', 'SARL', 'SAS', 'Distribution', 'Services', 'et Associés', 'Père et Fille'])[1 + bench.pick(g.i, ${seed} * 100 + 8, 8)]
            else g.kind || ' ' ||
                 (array['du Centre', 'de la Gare', 'du Marché', 'des Halles', 'du Port', 'de la Place', 'du Château', 'des Lilas'])[1 + bench.pick(g.i, ${seed} * 100 + 9, 8)]
       end,
       (1 + bench.pick(g.i, ${seed} * 100 + 10, 180)) || ' ' ||
       (array['rue', 'avenue', 'boulevard', 'place', 'chemin', 'allée', 'impasse', 'route'])[1 + bench.pick(g.i, ${seed} * 100 + 11, 8)] || ' ' ||
       (array['de la République', 'Victor Hugo', 'Jean Jaurès', 'de la Gare', 'Pasteur', 'du Général de Gaulle', 'des Écoles',
              'de l''Église', 'Gambetta', 'du Moulin', 'Voltaire', 'de la Liberté', 'des Tilleuls', 'Jules Ferry', 'du Stade'])[1 + bench.pick(g.i, ${seed} * 100 + 12, 15)],
       g.dept || g.digit || lpad(g.tail::text, 2, '0'),
       case when g.digit = 0 then d.prefecture
            else (array['Saint-Martin', 'Saint-Jean', 'Villeneuve', 'Montigny', 'Beaumont', 'Fontaine', 'Chatillon',
                        'Bellevue', 'Mont-Saint', 'Sainte-Marie', 'Longchamp', 'Clairval'])[1 + bench.pick(hashtext(g.dept || g.digit || g.tail), ${seed} * 100 + 13, 12)]
                 || '-' ||
                 (array['sur-Loire', 'les-Bains', 'le-Haut', 'en-Forêt', 'la-Rivière', 'sur-Mer', 'le-Vieux', 'des-Prés',
                        'la-Vallée', 'du-Lac'])[1 + bench.pick(hashtext(g.dept || g.tail || g.digit), ${seed} * 100 + 14, 10)]
       end,
       r.name, 'FR',
       round((d.lat + (bench.rnd(g.i, ${seed} * 100 + 15) - 0.5) * 0.6)::numeric, 5)::double precision,
       round((d.lon + (bench.rnd(g.i, ${seed} * 100 + 16) - 0.5) * 0.8)::numeric, 5)::double precision,
       'GEOCODED',
       '0' || (1 + bench.pick(g.i, ${seed} * 100 + 17, 5)) || lpad(bench.pick(g.i, ${seed} * 100 + 18, 100000000)::text, 8, '0'),
       case when bench.pick(g.i, ${seed} * 100 + 19, 10) < 3 then 'contact' || g.i || '@example.fr' end,
       (array['A', 'A', 'B', 'B', 'B', 'B', 'B', 'C', 'C', 'C'])[1 + bench.pick(g.i, ${seed} * 100 + 20, 10)],
       (array['Independent', 'Chain', 'Franchise', 'Wholesale'])[1 + bench.pick(g.i, ${seed} * 100 + 21, 4)],
       (array['Food', 'Health', 'Automotive', 'Hospitality', 'Retail', 'Services'])[1 + bench.pick(g.i, ${seed} * 100 + 22, 6)],
       (array['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'PROSPECT', 'INACTIVE'])[1 + bench.pick(g.i, ${seed} * 100 + 23, 10)],
       (10000 + bench.pick(g.i, ${seed} * 100 + 24, 5000000))::numeric(15, 2),
       (5000 + bench.pick(g.i, ${seed} * 100 + 25, 2000000))::numeric(15, 2),
       (bench.pick(g.i, ${seed} * 100 + 26, 500000))::numeric(15, 2),
       owner.id,
       (array[14, 28, 28, 56, 91])[1 + bench.pick(g.i, ${seed} * 100 + 27, 5)],
       1 + bench.pick(g.i, ${seed} * 100 + 28, 5),
       date '2026-11-20' - bench.pick(g.i, ${seed} * 100 + 29, 200),
       timestamptz '2026-01-05 09:00+01', timestamptz '2026-01-05 09:00+01'
from (
    select i, sl.code as dept,
           bench.pick(i, ${seed} * 100 + 2, 10) as digit,
           bench.pick(i, ${seed} * 100 + 3, 100) as tail,
           bench.pick(i, ${seed} * 100 + 4, 100) as pattern,
           (array['Boulangerie', 'Pharmacie', 'Garage', 'Café', 'Hôtel', 'Restaurant', 'Boucherie', 'Fleuriste',
                  'Librairie', 'Quincaillerie', 'Épicerie', 'Cave', 'Tabac-Presse', 'Salon de coiffure', 'Opticien',
                  'Supérette', 'Bar', 'Brasserie', 'Pâtisserie', 'Fromagerie', 'Jardinerie', 'Bricolage', 'Pressing',
                  'Auto-école', 'Cabinet', 'Clinique', 'Crèche', 'Institut', 'Bijouterie', 'Droguerie'])[1 + bench.pick(i, ${seed} * 100 + 5, 30)] as kind,
           (array['Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
                  'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard',
                  'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefèvre', 'Faure', 'André',
                  'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia',
                  'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson',
                  'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier',
                  'Brun', 'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud',
                  'Martinez', 'Gérard', 'Roche', 'Renard', 'Schmitt', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron',
                  'Picard', 'Roger', 'Fabre', 'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix', 'Olivier', 'Philippe',
                  'Bourgeois', 'Pierre', 'Benoit', 'Rey', 'Leclerc', 'Payet', 'Rolland', 'Leclercq', 'Guillaume', 'Lecomte'])[1 + bench.pick(i, ${seed} * 100 + 6, 100)] as surname
    from generate_series(1, ${customers}) i
    join bench.slots sl on sl.slot = bench.pick(i, ${seed} * 100 + 1, (select count(*) from bench.slots)::integer)
) g
join bench.departments d on d.code = g.dept
join bench.regions r on r.code = d.region
join bench.prefixes p on p.prefix = g.dept || g.digit
join bench.sectors s on s.n = p.sector
left join bench.users owner
       on bench.pick(g.i, ${seed} * 100 + 30, 50) > 0   -- one customer in fifty has no owner
      and owner.rep = s.n + (select count(*) from bench.sectors)::integer * bench.pick(g.i, ${seed} * 100 + 31, s.reps);

-- step: manual assignments and exclusions
-- Three customers in ten are also placed by hand in another sector (one in ten in two more). One in 250 is
-- excluded from the sector of its postal code and placed by hand in the next one.
create table bench.customer_sectors as
select c.id, substr(c.external_id, 9)::bigint as i, p.sector
from customers c join bench.prefixes p on p.prefix = left(c.postal_code, 3)
where c.external_id like 'BENCH-C-%';

insert into territory_exclusions (territory_id, customer_id)
select s.id, cs.id from bench.customer_sectors cs join bench.sectors s on s.n = cs.sector
where cs.i % 250 = 0;

insert into territory_customers (territory_id, customer_id, source)
select distinct s.id, x.id, 'MANUAL'
from (
    select cs.id, (cs.sector + 1) % 391 as sector from bench.customer_sectors cs where cs.i % 250 = 0
    union all
    select cs.id, (cs.sector + 1 + bench.pick(cs.i, ${seed} * 100 + 41, 390)) % 391
    from bench.customer_sectors cs where bench.rnd(cs.i, ${seed} * 100 + 40) < 0.3
    union all
    select cs.id, (cs.sector + 1 + (bench.pick(cs.i, ${seed} * 100 + 41, 390) + 1 + bench.pick(cs.i, ${seed} * 100 + 42, 389)) % 390) % 391
    from bench.customer_sectors cs where bench.rnd(cs.i, ${seed} * 100 + 40) < 0.1
) x
join bench.sectors s on s.n = x.sector;
