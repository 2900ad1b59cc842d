package dev.terrain.territory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.terrain.organization.ResultPage;
import dev.terrain.organization.UserId;
import dev.terrain.territory.TerritoryId;
import dev.terrain.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the territory tree and its closure table {@code territory_paths} (every ancestor/descendant pair,
 * each territory with itself at depth 0), kept right on create, move and delete. A reader is a user id whose
 * view is narrowed to the territories they belong to and those below; a null reader sees all.
 */
@Repository
class Territories {

    private static final String VIEW = """
            select t.id, t.parent_id, t.name, t.description, t.external_id, t.rule::text as rule, t.version,
                   (select count(*) - 1 from territory_paths a where a.descendant_id = t.id) as depth,
                   (select count(*) from territory_customers tc where tc.territory_id = t.id) as customers,
                   (select count(*) from territory_members m where m.territory_id = t.id) as members,
                   (select string_agg(lower(a.name), chr(1) order by p.depth desc) from territory_paths p
                      join territories a on a.id = p.ancestor_id where p.descendant_id = t.id) as path
            from territories t""";

    private static final String READER = """
             (cast(:reader as uuid) is null or t.id in (select p.descendant_id from territory_paths p
              join territory_members m on m.territory_id = p.ancestor_id where m.user_id = :reader))""";

    private final JdbcClient jdbc;

    Territories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises changes of the tree's shape, so that two concurrent moves cannot build a cycle. */
    void lockTree() {
        jdbc.sql("select pg_advisory_xact_lock(3000001)").query((rs, row) -> 1).list();
    }

    ResultPage<TerritoryView> page(String text, int page, int size, UserId reader) {
        var pattern = text == null || text.isBlank() ? null
                : "%" + RuleCompiler.escapeLike(text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        var where = " where" + READER + " and (cast(:text as text) is null or lower(t.name) like :text)";
        long total = jdbc.sql("select count(*) from territories t" + where)
                .param("reader", reader(reader)).param("text", pattern).query(Long.class).single();
        var items = jdbc.sql("select * from (" + VIEW + where + ") v order by path, id limit :limit offset :offset")
                .param("reader", reader(reader)).param("text", pattern)
                .param("limit", size).param("offset", (long) page * size)
                .query(Territories::map).list();
        return ResultPage.of(items, page, size, total);
    }

    List<TerritoryView> all(UserId reader) {
        return jdbc.sql("select * from (" + VIEW + " where" + READER + ") v order by path, id limit 2000")
                .param("reader", reader(reader)).query(Territories::map).list();
    }

    Optional<TerritoryView> find(TerritoryId id, UserId reader) {
        return jdbc.sql(VIEW + " where t.id = :id and" + READER)
                .param("id", id.value()).param("reader", reader(reader)).query(Territories::map).optional();
    }

    Optional<TerritoryId> findByExternalId(String externalId) {
        return jdbc.sql("select id from territories where external_id = :externalId").param("externalId", externalId)
                .query((rs, row) -> new TerritoryId(rs.getObject(1, UUID.class))).optional();
    }

    boolean nameTaken(TerritoryId parent, String name, TerritoryId except) {
        return jdbc.sql("""
                select count(*) from territories where parent_id is not distinct from :parent
                and lower(name) = lower(:name) and id <> :except""")
                .param("parent", parent == null ? null : parent.value()).param("name", name)
                .param("except", except == null ? new UUID(0, 0) : except.value())
                .query(Long.class).single() > 0;
    }

    int count() {
        return jdbc.sql("select count(*) from territories").query(Integer.class).single();
    }

    boolean hasChildren(TerritoryId id) {
        return jdbc.sql("select exists (select 1 from territories where parent_id = :id)").param("id", id.value())
                .query(Boolean.class).single();
    }

    /** The territory and everything below it. */
    Set<UUID> subtree(TerritoryId id) {
        return Set.copyOf(jdbc.sql("select descendant_id from territory_paths where ancestor_id = :id")
                .param("id", id.value()).query(UUID.class).list());
    }

    void insert(TerritoryId id, TerritoryId parent, String name, String description, String externalId) {
        jdbc.sql("""
                insert into territories (id, parent_id, name, description, external_id)
                values (:id, :parent, :name, :description, :externalId)""")
                .param("id", id.value()).param("parent", parent == null ? null : parent.value())
                .param("name", name).param("description", description).param("externalId", externalId).update();
        jdbc.sql("""
                insert into territory_paths (ancestor_id, descendant_id, depth)
                select ancestor_id, :id, depth + 1 from territory_paths where descendant_id = :parent
                union all select :id, :id, 0""")
                .param("id", id.value()).param("parent", parent == null ? null : parent.value()).update();
    }

    void update(TerritoryId id, String name, String description, String externalId) {
        jdbc.sql("""
                update territories set name = :name, description = :description, external_id = :externalId,
                updated_at = now(), version = version + 1 where id = :id""")
                .param("id", id.value()).param("name", name).param("description", description)
                .param("externalId", externalId).update();
    }

    void changeRule(TerritoryId id, String ruleJson) {
        jdbc.sql("update territories set rule = cast(:rule as jsonb), updated_at = now(), version = version + 1 where id = :id")
                .param("id", id.value()).param("rule", ruleJson).update();
    }

    /** Re-hangs the subtree of {@code id} under {@code parent} (null: a root) in the tree and its closure. */
    void move(TerritoryId id, TerritoryId parent) {
        jdbc.sql("""
                delete from territory_paths
                where descendant_id in (select descendant_id from territory_paths where ancestor_id = :id)
                  and ancestor_id not in (select descendant_id from territory_paths where ancestor_id = :id)""")
                .param("id", id.value()).update();
        if (parent != null) {
            jdbc.sql("""
                    insert into territory_paths (ancestor_id, descendant_id, depth)
                    select above.ancestor_id, below.descendant_id, above.depth + below.depth + 1
                    from territory_paths above cross join territory_paths below
                    where above.descendant_id = :parent and below.ancestor_id = :id""")
                    .param("id", id.value()).param("parent", parent.value()).update();
        }
        jdbc.sql("update territories set parent_id = :parent, updated_at = now(), version = version + 1 where id = :id")
                .param("id", id.value()).param("parent", parent == null ? null : parent.value()).update();
    }

    void delete(TerritoryId id) {
        jdbc.sql("delete from territories where id = :id").param("id", id.value()).update();
    }

    private static UUID reader(UserId reader) {
        return reader == null ? null : reader.value();
    }

    private static TerritoryView map(ResultSet rs, int row) throws SQLException {
        var parent = rs.getObject("parent_id", UUID.class);
        return new TerritoryView(new TerritoryId(rs.getObject("id", UUID.class)),
                parent == null ? null : new TerritoryId(parent), rs.getString("name"), rs.getString("description"),
                rs.getString("external_id"), rs.getString("rule"), rs.getInt("depth"), rs.getInt("version"),
                rs.getLong("customers"), rs.getInt("members"));
    }
}
