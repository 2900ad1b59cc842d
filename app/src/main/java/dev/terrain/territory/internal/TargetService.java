package dev.terrain.territory.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.terrain.organization.AuditLog;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.organization.ResultPage;
import dev.terrain.organization.UserId;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import dev.terrain.platform.NotFoundException;
import dev.terrain.territory.Target;
import dev.terrain.territory.TargetManagement;
import dev.terrain.territory.TerritoryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out {@link TargetManagement}; targets are keyed by territory, user (or none) and period. */
@Service
@Transactional
class TargetService implements TargetManagement {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2]|Q[1-4])");
    private static final BigDecimal MAX_REVENUE = new BigDecimal("1e13");

    private static final String SELECT = """
            select g.id, g.territory_id, t.name as territory_name, g.user_id, u.display_name, g.period,
                   g.revenue, g.visits, g.new_customers
            from territory_targets g join territories t on t.id = g.territory_id left join users u on u.id = g.user_id""";

    /** What a reader without MANAGE_TERRITORIES sees: territory figures of their territories, own and supervised. */
    private static final String READER = """
             (cast(:reader as uuid) is null
              or (g.territory_id in (select p.descendant_id from territory_paths p
                                     join territory_members m on m.territory_id = p.ancestor_id where m.user_id = :reader)
                  and (g.user_id is null or g.user_id = :reader
                       or g.user_id in (select s.user_id from supervised_users s where s.supervisor_id = :reader))))""";

    private final JdbcClient jdbc;
    private final TerritoryAccess access;
    private final AuditLog audit;

    TargetService(JdbcClient jdbc, TerritoryAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<Target> list(CurrentUser actor, Target.Filter filter, int page, int size) {
        var paging = new Paging(page, size, null);
        var kind = filter.kind() == null ? null : filter.kind().toUpperCase(Locale.ROOT);
        if (kind != null && !kind.equals("MONTH") && !kind.equals("QUARTER")) {
            throw new InvalidInputException("kind", "must be MONTH or QUARTER");
        }
        if (filter.year() != null && (filter.year() < 2000 || filter.year() > 2100)) {
            throw new InvalidInputException("year", "must be between 2000 and 2100");
        }
        var where = " where" + READER + """
                 and (cast(:territory as uuid) is null or g.territory_id = :territory)
                 and (cast(:user as uuid) is null or g.user_id = :user)
                 and (cast(:year as integer) is null or extract(year from g.starts_on) = :year)
                 and (cast(:kind as text) is null or (g.period like '%Q%') = (:kind = 'QUARTER'))""";
        var reader = access.reader(actor);
        var spec = jdbc.sql("select count(*) from territory_targets g" + where);
        long total = bind(spec, reader, filter, kind).query(Long.class).single();
        var items = bind(jdbc.sql(SELECT + where + " order by g.starts_on, t.name, u.display_name nulls first, g.period limit :limit offset :offset"),
                reader, filter, kind).param("limit", paging.size()).param("offset", paging.offset())
                .query(TargetService::map).list();
        return ResultPage.of(items, paging.page(), paging.size(), total);
    }

    @Override
    public Target put(CurrentUser actor, Target.Draft draft) {
        access.requireManager(actor);
        var startsOn = check(draft);
        var territory = access.changeable(actor, draft.territory());
        if (draft.user() != null && !jdbc.sql("select exists (select 1 from territory_members where territory_id = :t and user_id = :u)")
                .param("t", draft.territory().value()).param("u", draft.user().value()).query(Boolean.class).single()) {
            throw new InvalidInputException("userId", "is not a member of this territory");
        }
        var id = jdbc.sql("""
                insert into territory_targets (id, territory_id, user_id, period, starts_on, revenue, visits, new_customers)
                values (:id, :territory, :user, :period, :startsOn, :revenue, :visits, :newCustomers)
                on conflict (territory_id, coalesce(user_id, '00000000-0000-0000-0000-000000000000'::uuid), period)
                do update set revenue = excluded.revenue, visits = excluded.visits, new_customers = excluded.new_customers,
                              updated_at = now(), version = territory_targets.version + 1
                returning id""")
                .param("id", UUID.randomUUID()).param("territory", draft.territory().value())
                .param("user", draft.user() == null ? null : draft.user().value()).param("period", draft.period())
                .param("startsOn", startsOn).param("revenue", draft.revenue()).param("visits", draft.visits())
                .param("newCustomers", draft.newCustomers()).query(UUID.class).single();
        audit.record("target", id, "set", territory.name() + (draft.user() == null ? "" : " / " + draft.user()) + " "
                + draft.period() + ": revenue " + draft.revenue() + ", visits " + draft.visits() + ", new customers "
                + draft.newCustomers());
        return jdbc.sql(SELECT + " where g.id = :id").param("id", id).query(TargetService::map).single();
    }

    @Override
    public void delete(CurrentUser actor, UUID id) {
        access.requireManager(actor);
        int deleted = jdbc.sql("delete from territory_targets where id = :id").param("id", id).update();
        if (deleted == 0) {
            throw new NotFoundException("Target", id);
        }
        audit.record("target", id, "deleted", "");
    }

    private static LocalDate check(Target.Draft draft) {
        var problems = new ArrayList<FieldProblem>();
        if (draft.territory() == null) {
            problems.add(new FieldProblem("territoryId", "is required"));
        }
        var period = draft.period() == null ? null : PERIOD.matcher(draft.period());
        if (period == null || !period.matches()) {
            problems.add(new FieldProblem("period", "must be a month (2026-03) or a quarter (2026-Q1)"));
        }
        if (draft.revenue() != null && (draft.revenue().signum() < 0 || draft.revenue().compareTo(MAX_REVENUE) >= 0)) {
            problems.add(new FieldProblem("revenue", "must be between 0 and 9999999999999"));
        }
        if (draft.visits() != null && draft.visits() < 0) {
            problems.add(new FieldProblem("visits", "must not be negative"));
        }
        if (draft.newCustomers() != null && draft.newCustomers() < 0) {
            problems.add(new FieldProblem("newCustomers", "must not be negative"));
        }
        if (draft.revenue() == null && draft.visits() == null && draft.newCustomers() == null) {
            problems.add(new FieldProblem("revenue", "give at least one of revenue, visits and newCustomers"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int year = Integer.parseInt(period.group(1));
        var part = period.group(2);
        int month = part.startsWith("Q") ? (part.charAt(1) - '1') * 3 + 1 : Integer.parseInt(part);
        return LocalDate.of(year, month, 1);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, UserId reader, Target.Filter filter,
            String kind) {
        return spec.param("reader", reader == null ? null : reader.value())
                .param("territory", filter.territory() == null ? null : filter.territory().value())
                .param("user", filter.user() == null ? null : filter.user().value())
                .param("year", filter.year()).param("kind", kind);
    }

    private static Target map(ResultSet rs, int row) throws SQLException {
        var user = rs.getObject("user_id", UUID.class);
        return new Target(rs.getObject("id", UUID.class), new TerritoryId(rs.getObject("territory_id", UUID.class)),
                rs.getString("territory_name"), user == null ? null : new UserId(user), rs.getString("display_name"),
                rs.getString("period"), rs.getBigDecimal("revenue"), (Integer) rs.getObject("visits"),
                (Integer) rs.getObject("new_customers"));
    }
}
