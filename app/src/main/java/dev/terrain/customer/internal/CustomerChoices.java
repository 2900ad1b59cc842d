package dev.terrain.customer.internal;

import java.util.List;
import java.util.UUID;

import dev.terrain.organization.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the customer screens offer in their drop-downs: the owners the reader may name, and the territory tree
 * (indented by depth) for the territory filter.
 */
@Component
public class CustomerChoices {

    private final Owners owners;
    private final JdbcClient jdbc;

    CustomerChoices(Owners owners, JdbcClient jdbc) {
        this.owners = owners;
        this.jdbc = jdbc;
    }

    /** One option of a drop-down. */
    public record Choice(String id, String label) {
    }

    public List<Choice> owners(CurrentUser reader) {
        return owners.candidates(reader).stream().map(c -> new Choice(c.id().toString(), c.name())).toList();
    }

    /** Every territory, parents before children; a rep sees the territories they belong to and below. */
    public List<Choice> territories(CurrentUser reader) {
        var sql = """
                with recursive tree as (
                    select t.id, t.name, 0 as depth, lower(t.name)::text as path from territories t where t.parent_id is null
                    union all
                    select c.id, c.name, tree.depth + 1, tree.path || '/' || lower(c.name)
                    from territories c join tree on c.parent_id = tree.id where tree.depth < 20)
                select id, name, depth from tree
                """ + (reader.isAdmin() ? "" : """
                where id in (select p.descendant_id from territory_members m
                             join territory_paths p on p.ancestor_id = m.territory_id where m.user_id = :me)
                   or :supervisor""") + " order by path limit 500";
        var spec = jdbc.sql(sql);
        if (!reader.isAdmin()) {
            spec = spec.param("me", reader.id().value()).param("supervisor", reader.role().name().equals("SUPERVISOR"));
        }
        return spec.query((rs, n) -> new Choice(rs.getObject("id", UUID.class).toString(),
                "\u00a0\u00a0".repeat(rs.getInt("depth")) + rs.getString("name"))).list();
    }
}
