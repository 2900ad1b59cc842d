package dev.terrain.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.terrain.organization.HomeAddress;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserId;
import dev.terrain.platform.ConflictException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores {@link User}s. E-mail addresses are unique regardless of case; updates check the version. */
@Repository
class Users {

    private static final String COLUMNS = "id, email, display_name, role, active, password_hash, home_address, "
            + "home_latitude, home_longitude, external_id, version";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    Users(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<User> find(UserId id) {
        return jdbc.sql("select " + COLUMNS + " from users where id = :id").param("id", id.value())
                .query(Users::map).optional();
    }

    Optional<User> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from users where lower(email) = lower(:email)").param("email", email)
                .query(Users::map).optional();
    }

    List<User> findByEmails(Collection<String> emails) {
        return jdbc.sql("select " + COLUMNS + " from users where lower(email) = any(:emails)")
                .param("emails", emails.stream().map(e -> e.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new))
                .query(Users::map).list();
    }

    List<User> findByExternalIds(Collection<String> externalIds) {
        return jdbc.sql("select " + COLUMNS + " from users where external_id = any(:ids)")
                .param("ids", externalIds.toArray(String[]::new))
                .query(Users::map).list();
    }

    boolean emailTaken(String email, UserId except) {
        return jdbc.sql("select count(*) from users where lower(email) = lower(:email) and id <> :except")
                .param("email", email).param("except", except == null ? new UUID(0, 0) : except.value())
                .query(Long.class).single() > 0;
    }

    boolean externalIdTaken(String externalId, UserId except) {
        return externalId != null && jdbc.sql("select count(*) from users where external_id = :ext and id <> :except")
                .param("ext", externalId).param("except", except == null ? new UUID(0, 0) : except.value())
                .query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }

    /**
     * Serialises every change that could remove the last active admin, so two admins demoting each other at
     * the same moment cannot both succeed. Held until the transaction ends.
     */
    void lockAdminChanges() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('terrain.users.admins'))").query(Object.class).single();
    }

    long activeAdmins() {
        return jdbc.sql("select count(*) from users where role = 'ADMIN' and active").query(Long.class).single();
    }

    void insert(User user) {
        insertAll(List.of(user));
    }

    void insertAll(List<User> users) {
        if (users.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into users (id, email, display_name, role, active, password_hash, home_address, home_latitude,
                                   home_longitude, external_id)
                values (:id, :email, :displayName, :role, :active, :passwordHash, :homeAddress, :latitude,
                        :longitude, :externalId)""", users.stream().map(Users::params).toArray(MapSqlParameterSource[]::new));
    }

    void update(User user) {
        updateAll(List.of(user));
    }

    /** Writes changed users; a user changed by someone else since it was read fails the whole call. */
    void updateAll(List<User> users) {
        if (users.isEmpty()) {
            return;
        }
        int[] counts = batch.batchUpdate("""
                update users set email = :email, display_name = :displayName, role = :role, active = :active,
                       password_hash = :passwordHash, home_address = :homeAddress, home_latitude = :latitude,
                       home_longitude = :longitude, external_id = :externalId, updated_at = now(),
                       version = version + 1
                where id = :id and version = :version""",
                users.stream().map(Users::params).toArray(MapSqlParameterSource[]::new));
        for (int count : counts) {
            if (count == 0) {
                throw new ConflictException("version", "changed by someone else meanwhile; reload and try again");
            }
        }
    }

    private static MapSqlParameterSource params(User user) {
        var home = user.home();
        return new MapSqlParameterSource()
                .addValue("id", user.id().value())
                .addValue("email", user.email())
                .addValue("displayName", user.displayName())
                .addValue("role", user.role().name())
                .addValue("active", user.active())
                .addValue("passwordHash", user.passwordHash())
                .addValue("homeAddress", home == null ? null : home.address())
                .addValue("latitude", home == null ? null : home.latitude())
                .addValue("longitude", home == null ? null : home.longitude())
                .addValue("externalId", user.externalId())
                .addValue("version", user.version());
    }

    private static User map(ResultSet rs, int row) throws SQLException {
        var address = rs.getString("home_address");
        var latitude = rs.getObject("home_latitude", Double.class);
        var longitude = rs.getObject("home_longitude", Double.class);
        var home = address == null || latitude == null || longitude == null ? null
                : new HomeAddress(address, latitude, longitude);
        return new User(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("active"), rs.getString("password_hash"), home,
                rs.getString("external_id"), rs.getInt("version"));
    }
}
