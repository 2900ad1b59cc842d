package dev.terrain.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.terrain.organization.ApiToken;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_tokens} table. Secrets are looked up by their hash only. */
@Repository
class ApiTokens {

    private static final String SELECT = """
            select t.id, t.name, t.prefix, t.user_id, u.email, t.created_at, t.last_used_at, t.revoked_at
            from api_tokens t join users u on u.id = t.user_id
            """;

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UserId owner, String name, String hash, String prefix) {
        jdbc.sql("""
                insert into api_tokens (id, user_id, name, token_hash, prefix)
                values (:id, :owner, :name, :hash, :prefix)""")
                .param("id", id).param("owner", owner.value()).param("name", name)
                .param("hash", hash).param("prefix", prefix)
                .update();
    }

    Optional<ApiToken> find(UUID id) {
        return jdbc.sql(SELECT + "where t.id = :id").param("id", id).query(ApiTokens::token).optional();
    }

    /** Newest first; {@code owner} null means everyone's. */
    List<ApiToken> page(UserId owner, long offset, int limit) {
        return jdbc.sql(SELECT + "where (cast(:owner as uuid) is null or t.user_id = :owner) "
                        + "order by t.created_at desc, t.id offset :offset limit :limit")
                .param("owner", owner == null ? null : owner.value())
                .param("offset", offset).param("limit", limit)
                .query(ApiTokens::token).list();
    }

    long count(UserId owner) {
        return jdbc.sql("select count(*) from api_tokens where cast(:owner as uuid) is null or user_id = :owner")
                .param("owner", owner == null ? null : owner.value())
                .query(Long.class).single();
    }

    long countActive(UserId owner) {
        return jdbc.sql("select count(*) from api_tokens where user_id = :owner and revoked_at is null")
                .param("owner", owner.value()).query(Long.class).single();
    }

    /** Returns false when the token was already revoked. */
    boolean revoke(UUID id) {
        return jdbc.sql("update api_tokens set revoked_at = now() where id = :id and revoked_at is null")
                .param("id", id).update() == 1;
    }

    /** The live token behind a secret's hash, with its active user; empty for unknown or revoked tokens. */
    Optional<TokenHolder> holderOf(String hash) {
        return jdbc.sql("""
                select t.id, t.last_used_at, u.id as user_id, u.email, u.display_name, u.role
                from api_tokens t join users u on u.id = t.user_id
                where t.token_hash = :hash and t.revoked_at is null and u.active""")
                .param("hash", hash)
                .query((rs, row) -> new TokenHolder(rs.getObject("id", UUID.class), instant(rs, "last_used_at"),
                        new CurrentUser(new UserId(rs.getObject("user_id", UUID.class)), rs.getString("email"),
                                rs.getString("display_name"), Role.valueOf(rs.getString("role")))))
                .optional();
    }

    /** Records a use, at most once a minute per token, so busy clients do not write on every call. */
    void touch(UUID id) {
        jdbc.sql("""
                update api_tokens set last_used_at = now()
                where id = :id and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                .param("id", id).update();
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
                new UserId(rs.getObject("user_id", UUID.class)), rs.getString("email"),
                instant(rs, "created_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A live token and the user it acts for. */
    record TokenHolder(UUID tokenId, Instant lastUsedAt, CurrentUser user) {
    }
}
