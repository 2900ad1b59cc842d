package dev.terrain.organization.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.terrain.organization.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of the {@code settings} table: the company's values ({@code user_id} null) and each user's own
 * values, one row per setting name.
 */
@Repository
public class SettingEntries {

    /** Serialises every change of settings, so that a user's values are checked against current company ones. */
    private static final long WRITE_LOCK = 7_120_001L;

    private final JdbcClient jdbc;

    SettingEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other transaction changes settings; held until the caller's transaction ends. */
    public void lockForChange() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", WRITE_LOCK).query((rs, row) -> 1).list();
    }

    /** The company's stored values; names the company never saved are absent. */
    public Map<String, String> company() {
        return toMap(jdbc.sql("select key, value from settings where user_id is null order by key"));
    }

    /** A user's own values. */
    public Map<String, String> ofUser(UserId user) {
        return toMap(jdbc.sql("select key, value from settings where user_id = :user order by key")
                .param("user", user.value()));
    }

    /** A user's own values, with their e-mail address. */
    public record OwnValues(UserId user, String email, Map<String, String> values) {
    }

    /** Every user who has values of their own, read in one query. */
    public List<OwnValues> allOwnValues() {
        var byUser = new LinkedHashMap<UUID, OwnValues>();
        jdbc.sql("""
                select u.id, u.email, s.key, s.value from settings s join users u on u.id = s.user_id
                order by u.email, s.key""")
                .query(rs -> {
                    var id = rs.getObject("id", UUID.class);
                    var email = rs.getString("email");
                    byUser.computeIfAbsent(id, key -> new OwnValues(new UserId(key), email, new LinkedHashMap<>()))
                            .values().put(rs.getString("key"), rs.getString("value"));
                });
        return List.copyOf(byUser.values());
    }

    public void saveForCompany(String key, String value) {
        jdbc.sql("""
                insert into settings (user_id, key, value) values (null, :key, :value)
                on conflict (key) where user_id is null do update set value = excluded.value""")
                .param("key", key)
                .param("value", value)
                .update();
    }

    public void saveForUser(UserId user, String key, String value) {
        jdbc.sql("""
                insert into settings (user_id, key, value) values (:user, :key, :value)
                on conflict (user_id, key) where user_id is not null do update set value = excluded.value""")
                .param("user", user.value())
                .param("key", key)
                .param("value", value)
                .update();
    }

    public void deleteForCompany(String key) {
        jdbc.sql("delete from settings where user_id is null and key = :key").param("key", key).update();
    }

    /** Removes a user's own value; answers whether there was one. */
    public boolean deleteForUser(UserId user, String key) {
        return jdbc.sql("delete from settings where user_id = :user and key = :key")
                .param("user", user.value())
                .param("key", key)
                .update() > 0;
    }

    /** Removes every user's own value of a setting (used when the company drops a customer category). */
    public List<UserId> deleteForAllUsers(String key) {
        return jdbc.sql("delete from settings where user_id is not null and key = :key returning user_id")
                .param("key", key)
                .query((rs, row) -> new UserId(rs.getObject(1, UUID.class)))
                .list();
    }

    private static Map<String, String> toMap(JdbcClient.StatementSpec statement) {
        var values = new LinkedHashMap<String, String>();
        statement.query(rs -> {
            values.put(rs.getString("key"), rs.getString("value"));
        });
        return values;
    }
}
