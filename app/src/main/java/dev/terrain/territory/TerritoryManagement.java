package dev.terrain.territory;

import java.util.List;

import dev.terrain.customer.CustomerId;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.ResultPage;

/**
 * The territory tree and which customers each territory holds.
 *
 * <p>A territory holds the customers its rule matches, but only among those its nearest ancestor with a rule
 * holds (rules are evaluated top-down, as a child narrows its parent); a territory without a rule is a folder
 * that narrows nothing and holds only what is included by hand. A manual inclusion or exclusion wins over the
 * rule. Rules speak of account data only (postal code, city, region, country, category, segment, industry,
 * status, revenue, potential, custom fields): a rule may never refer to territory membership, so the only
 * possible cycle is in the tree itself (a territory moved under its own descendant), which is refused.
 *
 * <p>Users with {@code MANAGE_TERRITORIES} see and change every territory; anyone else sees the territories
 * they belong to and those below them, read-only; any other id is "not found". Every change is audited.
 */
public interface TerritoryManagement {

    /** The territories the actor sees, in tree order (each after its parent), paged. */
    ResultPage<TerritoryView> list(CurrentUser actor, String text, int page, int size);

    /** All territories the actor sees in tree order, at most {@code 2,000}. */
    List<TerritoryView> tree(CurrentUser actor);

    TerritoryView get(CurrentUser actor, TerritoryId id);

    TerritoryView create(CurrentUser actor, TerritoryDraft draft);

    /** Changes name, description and external id; {@code expectedVersion} (nullable) guards a stale edit. */
    TerritoryView update(CurrentUser actor, TerritoryId id, TerritoryDraft draft, Integer expectedVersion);

    /** Creates or updates the territory with this external id (the parent given by its id). */
    TerritoryView upsert(CurrentUser actor, String externalId, TerritoryDraft draft);

    /** Puts the territory (with its subtree) under {@code parent} (null: a root) and re-evaluates the subtree. */
    TerritoryView move(CurrentUser actor, TerritoryId id, TerritoryId parent, Integer expectedVersion);

    /** Deletes a territory without children; its holdings, members and targets go with it. */
    void delete(CurrentUser actor, TerritoryId id);

    /** What the rule (JSON, null for none) would change, without changing anything. */
    RuleChange previewRule(CurrentUser actor, TerritoryId id, String ruleJson);

    /** Sets the rule and re-evaluates the territory and its subtree. */
    RuleChange changeRule(CurrentUser actor, TerritoryId id, String ruleJson, Integer expectedVersion);

    /** The customers the territory holds (or, with {@code excluded}, keeps out), as far as the actor sees them. */
    ResultPage<HeldCustomer> customers(CurrentUser actor, TerritoryId id, boolean excluded, String text, int page,
            int size);

    /** Up to 10 customers the actor sees whose name or postal code matches, that the territory does not hold. */
    List<HeldCustomer> candidates(CurrentUser actor, TerritoryId id, String text);

    /** The fields and operators a rule may use, custom fields included. */
    List<RuleFieldInfo> ruleFields();

    /** Includes the customer by hand, whatever the rule says. */
    void include(CurrentUser actor, TerritoryId id, CustomerId customer);

    /** Keeps the customer out by hand, whatever the rule says. */
    void exclude(CurrentUser actor, TerritoryId id, CustomerId customer);

    /** Forgets a manual inclusion or exclusion: the rule decides again. */
    void followRule(CurrentUser actor, TerritoryId id, CustomerId customer);

    /** Re-evaluates every territory's rule over every customer (admins only); a few set-based statements. */
    Reevaluation reevaluateAll(CurrentUser actor);
}
