package dev.terrain.organization.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.terrain.organization.GroupId;
import dev.terrain.organization.UserId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which users belong to which groups. */
@Repository
class Memberships {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    Memberships(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Set<GroupId> groupsOf(UserId user) {
        return new LinkedHashSet<>(jdbc.sql("select group_id from group_members where user_id = :user")
                .param("user", user.value())
                .query((rs, row) -> new GroupId(rs.getObject(1, UUID.class))).list());
    }

    boolean isMember(GroupId group, UserId user) {
        return jdbc.sql("select count(*) from group_members where group_id = :g and user_id = :u")
                .param("g", group.value()).param("u", user.value()).query(Long.class).single() > 0;
    }

    void add(GroupId group, UserId user) {
        jdbc.sql("insert into group_members (group_id, user_id) values (:g, :u) on conflict do nothing")
                .param("g", group.value()).param("u", user.value()).update();
    }

    void remove(GroupId group, UserId user) {
        jdbc.sql("delete from group_members where group_id = :g and user_id = :u")
                .param("g", group.value()).param("u", user.value()).update();
    }

    /** Makes {@code groups} the exact memberships of each user listed. */
    void replace(Map<UserId, ? extends Collection<GroupId>> groupsByUser) {
        if (groupsByUser.isEmpty()) {
            return;
        }
        jdbc.sql("delete from group_members where user_id = any(:users)")
                .param("users", groupsByUser.keySet().stream().map(UserId::value).toArray(UUID[]::new)).update();
        var rows = groupsByUser.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(group -> new MapSqlParameterSource()
                        .addValue("g", group.value()).addValue("u", entry.getKey().value())))
                .toArray(MapSqlParameterSource[]::new);
        if (rows.length > 0) {
            batch.batchUpdate("insert into group_members (group_id, user_id) values (:g, :u)", rows);
        }
    }
}
