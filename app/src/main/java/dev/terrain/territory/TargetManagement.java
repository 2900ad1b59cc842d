package dev.terrain.territory;

import java.util.UUID;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.ResultPage;

/**
 * Forecast targets per territory and per member, by month or quarter: revenue, visits, new customers.
 * {@code MANAGE_TERRITORIES} sets them; others read the territory targets of the territories they see and their
 * own, and supervisors those of the users they supervise.
 */
public interface TargetManagement {

    ResultPage<Target> list(CurrentUser actor, Target.Filter filter, int page, int size);

    /** Creates or replaces the target of (territory, user, period). */
    Target put(CurrentUser actor, Target.Draft draft);

    void delete(CurrentUser actor, UUID id);
}
