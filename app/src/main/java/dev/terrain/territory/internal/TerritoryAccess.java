package dev.terrain.territory.internal;

import dev.terrain.organization.Action;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Permissions;
import dev.terrain.organization.UserId;
import dev.terrain.platform.NotFoundException;
import dev.terrain.territory.TerritoryId;
import dev.terrain.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * Who may do what with territories: {@code MANAGE_TERRITORIES} reads and changes all of them; anyone else reads
 * the territories they belong to and those below them. A territory out of reach is "not found".
 */
@Component
class TerritoryAccess {

    private final Permissions permissions;
    private final Territories territories;

    TerritoryAccess(Permissions permissions, Territories territories) {
        this.permissions = permissions;
        this.territories = territories;
    }

    boolean manages(CurrentUser actor) {
        return actor != null && permissions.allows(actor, Action.MANAGE_TERRITORIES);
    }

    /** The reader whose view is narrowed, or null for one who sees every territory. */
    UserId reader(CurrentUser actor) {
        return manages(actor) ? null : actor.id();
    }

    void requireManager(CurrentUser actor) {
        permissions.check(actor, Action.MANAGE_TERRITORIES);
    }

    TerritoryView readable(CurrentUser actor, TerritoryId id) {
        return territories.find(id, reader(actor)).orElseThrow(() -> new NotFoundException("Territory", id));
    }

    /** The territory to change: managers only (others learn no more than that they may not). */
    TerritoryView changeable(CurrentUser actor, TerritoryId id) {
        requireManager(actor);
        return territories.find(id, null).orElseThrow(() -> new NotFoundException("Territory", id));
    }
}
