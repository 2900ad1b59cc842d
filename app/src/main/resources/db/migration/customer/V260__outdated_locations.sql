-- Customer: coordinates of an earlier address. When an address changes without new coordinates, the old ones are
-- kept (the map still shows the customer) but marked OUTDATED, so the geocoding job and the list of locations to
-- correct take the customer up again.
alter table customers drop constraint customers_location_quality_check;
alter table customers add constraint customers_location_quality_check
    check (location_quality in ('ENTERED', 'GEOCODED', 'DOUBTFUL', 'OUTDATED', 'MISSING'));

drop index customers_location_problems;
create index customers_location_problems on customers (location_quality)
    where location_quality in ('MISSING', 'OUTDATED', 'DOUBTFUL');
