package dev.terrain.customer.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import dev.terrain.customer.ClosingPeriod;
import dev.terrain.customer.CustomerFilter;
import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerPage;
import dev.terrain.customer.CustomerPaging;
import dev.terrain.customer.CustomerStatus;
import dev.terrain.customer.CustomerView;
import dev.terrain.customer.CustomerVisibility;
import dev.terrain.customer.LocationQuality;
import dev.terrain.customer.OpeningInterval;
import dev.terrain.customer.VisitPolicy;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads customers as {@link CustomerView}s, always through the {@link CustomerVisibility} rule of the reader:
 * a customer out of sight is simply not there.
 */
@Repository
class CustomerReads {

    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final CustomerVisibility visibility;
    private final VisitDefaults defaults;
    private final JsonMapper json;
    /**
     * Up to this many visible customers, a search reads them all in name order rather than going through the
     * trigram index of the whole company (see docs/benchmarks.md, "Customer visibility at scale").
     */
    private final int searchReadsUpTo;

    CustomerReads(JdbcClient jdbc, CustomerVisibility visibility, VisitDefaults defaults, JsonMapper json,
            @Value("${terrain.customers.search-reads-up-to:20000}") int searchReadsUpTo) {
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.defaults = defaults;
        this.json = json;
        this.searchReadsUpTo = searchReadsUpTo;
    }

    /**
     * One page, read with one row more than its size to know whether another page follows, and its total
     * counted up to {@link CustomerPage#TOTAL_CAP} + 1 only when the rows read do not already tell it.
     */
    CustomerPage page(CurrentUser reader, CustomerFilter filter, CustomerPaging paging) {
        var snapshot = defaults.current();
        var query = CustomerQuery.searchesTrigrams(filter) && visibility.seesMoreThan(reader, searchReadsUpTo)
                ? CustomerQuery.searchAll(visibility.visibleTo(reader, "c"), filter, snapshot)
                : new CustomerQuery(visibility.scopeOf(reader, "c"), filter, snapshot);
        var rows = select(query, snapshot, "where " + query.where + " order by " + query.orderBy(paging.sort())
                + " limit :limit offset :offset", Map.of("limit", paging.size() + 1, "offset", paging.offset()));
        var more = rows.size() > paging.size();
        var items = more ? rows.subList(0, paging.size()) : rows;
        var known = !more && (!items.isEmpty() || paging.page() == 0);
        long counted = known ? paging.offset() + items.size() : countUpTo(query, CustomerPage.TOTAL_CAP + 1);
        return CustomerPage.of(items, paging, counted, more, known);
    }

    long count(CurrentUser reader, CustomerFilter filter) {
        return count(new CustomerQuery(visibility.scopeOf(reader, "c"), filter, defaults.current()));
    }

    Optional<CustomerView> find(CurrentUser reader, CustomerId id) {
        var snapshot = defaults.current();
        var query = new CustomerQuery(visibility.scopeOf(reader, "c"), CustomerFilter.none(), snapshot);
        return select(query, snapshot, "where c.id = :id and " + query.where, Map.of("id", id.value()))
                .stream().findFirst();
    }

    Optional<CustomerView> findByExternalId(CurrentUser reader, String externalId) {
        var snapshot = defaults.current();
        var query = new CustomerQuery(visibility.scopeOf(reader, "c"), CustomerFilter.none(), snapshot);
        return select(query, snapshot, "where c.external_id = :ext and " + query.where, Map.of("ext", externalId))
                .stream().findFirst();
    }

    /** Whether the reader sees the customer; the check every write and every read of its parts starts with. */
    boolean visible(CurrentUser reader, CustomerId id) {
        var predicate = visibility.visibleTo(reader, "c");
        return jdbc.sql("select count(*) from customers c where c.id = :id and " + predicate.sql())
                .params(predicate.parameters()).param("id", id.value()).query(Long.class).single() > 0;
    }

    /** Counts matching customers but stops at {@code limit}: the cost no longer grows with the table. */
    private long countUpTo(CustomerQuery query, int limit) {
        var rows = query.keysFrom != null ? query.keysFrom : query.from + " where " + query.where;
        return jdbc.sql("select count(*) from (select 1 from " + rows + " limit :count_limit) x")
                .params(query.params).param("count_limit", limit).query(Long.class).single();
    }

    private long count(CustomerQuery query) {
        return jdbc.sql("select count(*) from " + query.from + " where " + query.where).params(query.params)
                .query(Long.class).single();
    }

    private List<CustomerView> select(CustomerQuery query, VisitDefaults.Snapshot snapshot, String tail,
            Map<String, Object> extra) {
        var sql = "select c.*, u.display_name as owner_name, " + query.frequency + " as effective_frequency, "
                + query.nextDue + " as next_due from " + query.from + " left join users u on u.id = c.owner_id " + tail;
        var rows = jdbc.sql(sql).params(query.params).params(extra).query((rs, n) -> row(rs, snapshot)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(r -> r.id).toArray(UUID[]::new);
        var hours = openingHours(ids);
        var closing = closingDays(ids);
        return rows.stream().map(r -> r.view(hours.getOrDefault(r.id, List.of()), closing.getOrDefault(r.id, List.of())))
                .toList();
    }

    private Map<UUID, List<OpeningInterval>> openingHours(UUID[] ids) {
        var byCustomer = new HashMap<UUID, List<OpeningInterval>>();
        jdbc.sql("select customer_id, weekday, opens, closes from opening_hours where customer_id = any(:ids) "
                + "order by weekday, opens").param("ids", ids).query(rs -> {
                    byCustomer.computeIfAbsent(rs.getObject("customer_id", UUID.class), k -> new ArrayList<>())
                            .add(new OpeningInterval(DayOfWeek.of(rs.getInt("weekday")),
                                    rs.getObject("opens", LocalTime.class), rs.getObject("closes", LocalTime.class)));
                });
        return byCustomer;
    }

    private Map<UUID, List<ClosingPeriod>> closingDays(UUID[] ids) {
        var byCustomer = new HashMap<UUID, List<ClosingPeriod>>();
        jdbc.sql("select customer_id, first_day, last_day, reason from closing_days where customer_id = any(:ids) "
                + "order by first_day").param("ids", ids).query(rs -> {
                    byCustomer.computeIfAbsent(rs.getObject("customer_id", UUID.class), k -> new ArrayList<>())
                            .add(new ClosingPeriod(rs.getObject("first_day", LocalDate.class),
                                    rs.getObject("last_day", LocalDate.class), rs.getString("reason")));
                });
        return byCustomer;
    }

    private Row row(ResultSet rs, VisitDefaults.Snapshot snapshot) throws SQLException {
        var ownerId = rs.getObject("owner_id", UUID.class);
        var frequency = rs.getObject("visit_frequency_days", Integer.class);
        var duration = rs.getObject("visit_duration_minutes", Integer.class);
        var preferred = new TreeSet<DayOfWeek>();
        Array days = rs.getArray("preferred_weekdays");
        if (days != null) {
            for (Object day : (Object[]) days.getArray()) {
                preferred.add(DayOfWeek.of(((Number) day).intValue()));
            }
        }
        var address = new CustomerView.Address(rs.getString("street"), rs.getString("postal_code"), rs.getString("city"),
                rs.getString("region"), rs.getString("country"), rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class), LocationQuality.valueOf(rs.getString("location_quality")));
        var id = rs.getObject("id", UUID.class);
        return new Row(id, new CustomerView(new CustomerId(id), rs.getString("external_id"), rs.getString("name"), address,
                rs.getString("phone"), rs.getString("email"), rs.getString("category"), rs.getString("segment"),
                rs.getString("industry"), CustomerStatus.valueOf(rs.getString("status")),
                rs.getObject("annual_revenue", BigDecimal.class), rs.getObject("potential", BigDecimal.class),
                rs.getObject("ytd_sales", BigDecimal.class),
                ownerId == null ? null : new CustomerView.Owner(new UserId(ownerId), rs.getString("owner_name")),
                json.readValue(rs.getString("custom_fields"), FIELDS),
                new VisitPolicy(frequency, duration, rs.getInt("effective_frequency"), snapshot.duration(duration),
                        rs.getInt("priority"), preferred, rs.getBoolean("do_not_plan"), List.of(), List.of()),
                rs.getObject("last_visit_on", LocalDate.class), rs.getObject("next_due", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version")));
    }

    /** A customer before its opening hours and closing days are attached. */
    private record Row(UUID id, CustomerView base) {

        CustomerView view(List<OpeningInterval> hours, List<ClosingPeriod> closing) {
            var p = base.visitPolicy();
            return new CustomerView(base.id(), base.externalId(), base.name(), base.address(), base.phone(),
                    base.email(), base.category(), base.segment(), base.industry(), base.status(),
                    base.annualRevenue(), base.potential(), base.ytdSales(), base.owner(), base.customFields(),
                    new VisitPolicy(p.frequencyDays(), p.durationMinutes(), p.effectiveFrequencyDays(),
                            p.effectiveDurationMinutes(), p.priority(), p.preferredDays(), p.doNotPlan(), hours, closing),
                    base.lastVisitOn(), base.nextVisitDue(), base.createdAt(), base.updatedAt(), base.version());
        }
    }
}
