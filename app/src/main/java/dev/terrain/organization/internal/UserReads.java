package dev.terrain.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import dev.terrain.organization.GroupId;
import dev.terrain.organization.HomeAddress;
import dev.terrain.organization.Paging;
import dev.terrain.organization.ResultPage;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserFilter;
import dev.terrain.organization.UserId;
import dev.terrain.organization.UserView;
import dev.terrain.organization.UserView.GroupRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists and shows users as {@link UserView}s. A supervisor's reads are narrowed to the members of their groups
 * (the {@code supervised_users} view); every filter value is a bound parameter and the order comes from a
 * fixed list.
 */
@Repository
class UserReads {

    private static final String COLUMNS = "u.id, u.email, u.display_name, u.role, u.active, u.home_address, "
            + "u.home_latitude, u.home_longitude, u.external_id, u.created_at, u.updated_at";

    private final JdbcClient jdbc;

    UserReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ResultPage<UserView> page(UserFilter filter, Paging paging, UserId supervisor) {
        var where = new Where(filter, supervisor);
        long total = where.bind(jdbc.sql("select count(*) from users u where " + where.sql))
                .query(Long.class).single();
        var rows = where.bind(jdbc.sql("select " + COLUMNS + " from users u where " + where.sql
                        + " order by " + paging.sort().orderBy() + " limit :limit offset :offset"))
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(UserReads::map).list();
        return ResultPage.of(withGroups(rows), paging.page(), paging.size(), total);
    }

    Optional<UserView> find(UserId id, UserId supervisor) {
        var where = new Where(UserFilter.none(), supervisor);
        return where.bind(jdbc.sql("select " + COLUMNS + " from users u where u.id = :id and " + where.sql))
                .param("id", id.value())
                .query(UserReads::map).optional()
                .map(user -> withGroups(List.of(user)).get(0));
    }

    boolean visible(UserId id, UserId supervisor) {
        return supervisor == null || jdbc.sql("select count(*) from supervised_users where supervisor_id = :s and user_id = :u")
                .param("s", supervisor.value()).param("u", id.value()).query(Long.class).single() > 0;
    }

    /** Streams every matching user in e-mail order, without holding them all in memory. */
    void each(UserFilter filter, UserId supervisor, Consumer<UserView> consumer) {
        var where = new Where(filter, supervisor);
        var batch = new ArrayList<UserView>();
        where.bind(jdbc.sql("select " + COLUMNS + " from users u where " + where.sql + " order by lower(u.email)"))
                .query(rs -> {
                    batch.add(map(rs, 0));
                    if (batch.size() == 500) {
                        withGroups(batch).forEach(consumer);
                        batch.clear();
                    }
                });
        withGroups(batch).forEach(consumer);
    }

    private List<UserView> withGroups(List<UserView> users) {
        if (users.isEmpty()) {
            return users;
        }
        Map<UUID, List<GroupRef>> groups = new HashMap<>();
        jdbc.sql("""
                select m.user_id, g.id, g.name from group_members m join user_groups g on g.id = m.group_id
                where m.user_id = any(:ids) order by lower(g.name)""")
                .param("ids", users.stream().map(u -> u.id().value()).toArray(UUID[]::new))
                .query(rs -> {
                    groups.computeIfAbsent(rs.getObject("user_id", UUID.class), k -> new ArrayList<>())
                            .add(new GroupRef(new GroupId(rs.getObject("id", UUID.class)), rs.getString("name")));
                });
        return users.stream().map(u -> new UserView(u.id(), u.email(), u.displayName(), u.role(), u.active(), u.home(),
                u.externalId(), groups.getOrDefault(u.id().value(), List.of()), u.createdAt(), u.updatedAt())).toList();
    }

    private static UserView map(ResultSet rs, int row) throws SQLException {
        var address = rs.getString("home_address");
        var latitude = rs.getObject("home_latitude", Double.class);
        var longitude = rs.getObject("home_longitude", Double.class);
        var home = address == null || latitude == null || longitude == null ? null
                : new HomeAddress(address, latitude, longitude);
        return new UserView(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("active"), home,
                rs.getString("external_id"), List.of(), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /** The where clause of a filter, with its parameters kept apart from the SQL text. */
    private static final class Where {

        final String sql;
        final Map<String, Object> params = new HashMap<>();

        Where(UserFilter filter, UserId supervisor) {
            var parts = new ArrayList<String>();
            parts.add("true");
            if (supervisor != null) {
                parts.add("u.id in (select user_id from supervised_users where supervisor_id = :supervisor)");
                params.put("supervisor", supervisor.value());
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                parts.add("(lower(u.email) like :text escape '\\' or lower(u.display_name) like :text escape '\\' "
                        + "or lower(coalesce(u.external_id, '')) like :text escape '\\')");
                params.put("text", "%" + escapeLike(filter.text().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
            }
            if (filter.role() != null) {
                parts.add("u.role = :role");
                params.put("role", filter.role().name());
            }
            if (filter.active() != null) {
                parts.add("u.active = :active");
                params.put("active", filter.active());
            }
            if (filter.group() != null) {
                parts.add("u.id in (select user_id from group_members where group_id = :group)");
                params.put("group", filter.group().value());
            }
            sql = String.join(" and ", parts);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.params(params);
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
