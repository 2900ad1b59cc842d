package dev.terrain.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.terrain.organization.GroupId;
import dev.terrain.organization.GroupView;
import dev.terrain.organization.ResultPage;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores groups of users. A supervisor's reads are narrowed to the groups they belong to; names are unique
 * regardless of case.
 */
@Repository
class Groups {

    private static final String SUMMARY = """
            select g.id, g.name, g.description,
                   (select count(*) from group_members m where m.group_id = g.id) as members,
                   array(select u.display_name from group_members m join users u on u.id = m.user_id
                         where m.group_id = g.id and u.role = 'SUPERVISOR' order by lower(u.display_name)) as supervisors
            from user_groups g""";

    private static final String SCOPE = " (cast(:member as uuid) is null or g.id in (select group_id from group_members where user_id = :member))";

    private final JdbcClient jdbc;

    Groups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ResultPage<GroupView> page(String text, int page, int size, UserId member) {
        var pattern = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        var where = " where" + SCOPE + " and (cast(:text as text) is null or lower(g.name) like :text escape '\\')";
        long total = jdbc.sql("select count(*) from user_groups g" + where)
                .param("member", member == null ? null : member.value()).param("text", pattern)
                .query(Long.class).single();
        var items = jdbc.sql(SUMMARY + where + " order by lower(g.name), g.id limit :limit offset :offset")
                .param("member", member == null ? null : member.value()).param("text", pattern)
                .param("limit", size).param("offset", (long) page * size)
                .query(Groups::map).list();
        return ResultPage.of(items, page, size, total);
    }

    List<GroupView> all(UserId member) {
        return jdbc.sql(SUMMARY + " where" + SCOPE + " order by lower(g.name), g.id limit 1000")
                .param("member", member == null ? null : member.value())
                .query(Groups::map).list();
    }

    Optional<GroupView> find(GroupId id, UserId member) {
        return jdbc.sql(SUMMARY + " where g.id = :id and" + SCOPE)
                .param("id", id.value()).param("member", member == null ? null : member.value())
                .query(Groups::map).optional()
                .map(group -> new GroupView(group.id(), group.name(), group.description(), group.memberCount(),
                        group.supervisors(), members(id)));
    }

    Optional<GroupId> findByName(String name) {
        return jdbc.sql("select id from user_groups where lower(name) = lower(:name)").param("name", name)
                .query((rs, row) -> new GroupId(rs.getObject(1, UUID.class))).optional();
    }

    List<GroupView> findByNames(List<String> names) {
        return jdbc.sql(SUMMARY + " where lower(g.name) = any(:names)")
                .param("names", names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new))
                .query(Groups::map).list();
    }

    java.util.Set<GroupId> existing(java.util.Collection<GroupId> ids) {
        return new java.util.HashSet<>(jdbc.sql("select id from user_groups where id = any(:ids)")
                .param("ids", ids.stream().map(GroupId::value).toArray(UUID[]::new))
                .query((rs, row) -> new GroupId(rs.getObject(1, UUID.class))).list());
    }

    boolean nameTaken(String name, GroupId except) {
        return jdbc.sql("select count(*) from user_groups where lower(name) = lower(:name) and id <> :except")
                .param("name", name).param("except", except == null ? new UUID(0, 0) : except.value())
                .query(Long.class).single() > 0;
    }

    void insert(GroupId id, String name, String description) {
        jdbc.sql("insert into user_groups (id, name, description) values (:id, :name, :description)")
                .param("id", id.value()).param("name", name).param("description", description).update();
    }

    void rename(GroupId id, String name, String description) {
        jdbc.sql("update user_groups set name = :name, description = :description, version = version + 1 where id = :id")
                .param("id", id.value()).param("name", name).param("description", description).update();
    }

    void delete(GroupId id) {
        jdbc.sql("delete from user_groups where id = :id").param("id", id.value()).update();
    }

    private List<GroupView.Member> members(GroupId id) {
        return jdbc.sql("""
                select u.id, u.email, u.display_name, u.role, u.active from group_members m
                join users u on u.id = m.user_id where m.group_id = :id
                order by case u.role when 'SUPERVISOR' then 0 else 1 end, lower(u.display_name) limit 1000""")
                .param("id", id.value())
                .query((rs, row) -> new GroupView.Member(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("active")))
                .list();
    }

    private static GroupView map(ResultSet rs, int row) throws SQLException {
        var supervisors = (String[]) rs.getArray("supervisors").getArray();
        return new GroupView(new GroupId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("description"), rs.getInt("members"), Arrays.asList(supervisors), List.of());
    }
}
