package dev.terrain.territory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.terrain.customer.CustomerId;
import dev.terrain.organization.AuditLog;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.organization.ResultPage;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import dev.terrain.territory.HeldCustomer;
import dev.terrain.territory.Reevaluation;
import dev.terrain.territory.RuleChange;
import dev.terrain.territory.RuleFieldInfo;
import dev.terrain.territory.StaleVersionException;
import dev.terrain.territory.TerritoryDraft;
import dev.terrain.territory.TerritoryId;
import dev.terrain.territory.TerritoryManagement;
import dev.terrain.territory.TerritoryView;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out {@link TerritoryManagement}: the tree here, rules in {@link RuleChanges}, holdings in {@link ManualHoldings}. */
@Service
@Transactional
class TerritoryService implements TerritoryManagement {

    private final Territories territories;
    private final TerritoryAccess access;
    private final Assignments assignments;
    private final RuleChanges rules;
    private final ManualHoldings holdings;
    private final AuditLog audit;

    TerritoryService(Territories territories, TerritoryAccess access, Assignments assignments, RuleChanges rules,
            ManualHoldings holdings, AuditLog audit) {
        this.territories = territories;
        this.access = access;
        this.assignments = assignments;
        this.rules = rules;
        this.holdings = holdings;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<TerritoryView> list(CurrentUser actor, String text, int page, int size) {
        var paging = new Paging(page, size, null);
        return territories.page(text, paging.page(), paging.size(), access.reader(actor));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TerritoryView> tree(CurrentUser actor) {
        return territories.all(access.reader(actor));
    }

    @Override
    @Transactional(readOnly = true)
    public TerritoryView get(CurrentUser actor, TerritoryId id) {
        return access.readable(actor, id);
    }

    @Override
    public TerritoryView create(CurrentUser actor, TerritoryDraft draft) {
        access.requireManager(actor);
        var details = check(draft);
        territories.lockTree();
        requireParent(details.parentId());
        requireFreeName(details, null);
        var id = TerritoryId.random();
        try {
            territories.insert(id, details.parentId(), details.name(), details.description(), details.externalId());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("externalId", "already used");
        }
        audit.record("territory", id, "created", "name: " + details.name()
                + (details.parentId() == null ? "" : "; parent: " + details.parentId()));
        return territories.find(id, null).orElseThrow();
    }

    @Override
    public TerritoryView update(CurrentUser actor, TerritoryId id, TerritoryDraft draft, Integer expectedVersion) {
        var before = access.changeable(actor, id);
        requireVersion(before, expectedVersion);
        var details = check(draft);
        territories.lockTree();
        if (!Objects.equals(details.parentId(), before.parentId())) {
            move(actor, id, details.parentId(), null);
        }
        requireFreeName(details, id);
        try {
            territories.update(id, details.name(), details.description(), details.externalId());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("externalId", "already used");
        }
        audit.record("territory", id, "updated", "name: " + before.name() + " -> " + details.name()
                + (Objects.equals(before.externalId(), details.externalId()) ? "" : "; external id: "
                        + before.externalId() + " -> " + details.externalId()));
        return territories.find(id, null).orElseThrow();
    }

    @Override
    public TerritoryView upsert(CurrentUser actor, String externalId, TerritoryDraft draft) {
        access.requireManager(actor);
        if (externalId == null || externalId.isBlank()) {
            throw new InvalidInputException("externalId", "is required");
        }
        var withId = new TerritoryDraft(draft.parentId(), draft.name(), draft.description(), externalId.strip());
        return territories.findByExternalId(externalId.strip())
                .map(existing -> update(actor, existing, withId, null))
                .orElseGet(() -> create(actor, withId));
    }

    @Override
    public TerritoryView move(CurrentUser actor, TerritoryId id, TerritoryId parent, Integer expectedVersion) {
        var before = access.changeable(actor, id);
        requireVersion(before, expectedVersion);
        territories.lockTree();
        requireParent(parent);
        if (parent != null && territories.subtree(id).contains(parent.value())) {
            throw new InvalidInputException("parentId",
                    "cannot be the territory itself or one of its descendants: the tree would have a cycle");
        }
        if (Objects.equals(parent, before.parentId())) {
            return before;
        }
        if (territories.nameTaken(parent, before.name(), id)) {
            throw new ConflictException("name", "already used under the new parent");
        }
        territories.move(id, parent);
        assignments.evaluate(territories.subtree(id), null);
        audit.record("territory", id, "moved", "parent: " + before.parentId() + " -> " + parent);
        return territories.find(id, null).orElseThrow();
    }

    @Override
    public void delete(CurrentUser actor, TerritoryId id) {
        var before = access.changeable(actor, id);
        territories.lockTree();
        if (territories.hasChildren(id)) {
            throw new ConflictException("children", "move or delete the territories under it first");
        }
        territories.delete(id);
        audit.record("territory", id, "deleted", "name: " + before.name() + "; customers: " + before.customerCount()
                + "; members: " + before.memberCount());
    }

    @Override
    public RuleChange previewRule(CurrentUser actor, TerritoryId id, String ruleJson) {
        return rules.preview(access.changeable(actor, id), ruleJson);
    }

    @Override
    public RuleChange changeRule(CurrentUser actor, TerritoryId id, String ruleJson, Integer expectedVersion) {
        var territory = access.changeable(actor, id);
        requireVersion(territory, expectedVersion);
        return rules.apply(territory, ruleJson);
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<HeldCustomer> customers(CurrentUser actor, TerritoryId id, boolean excluded, String text,
            int page, int size) {
        access.readable(actor, id);
        var paging = new Paging(page, size, null);
        return holdings.page(actor, id, excluded, text, paging.page(), paging.size());
    }

    @Override
    @Transactional(readOnly = true)
    public List<HeldCustomer> candidates(CurrentUser actor, TerritoryId id, String text) {
        access.readable(actor, id);
        return text == null || text.isBlank() ? List.of() : holdings.candidates(actor, id, text);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RuleFieldInfo> ruleFields() {
        return RuleCatalogue.fields(assignments.customTypes());
    }

    @Override
    public void include(CurrentUser actor, TerritoryId id, CustomerId customer) {
        holdings.include(actor, access.changeable(actor, id), customer);
    }

    @Override
    public void exclude(CurrentUser actor, TerritoryId id, CustomerId customer) {
        holdings.exclude(actor, access.changeable(actor, id), customer);
    }

    @Override
    public void followRule(CurrentUser actor, TerritoryId id, CustomerId customer) {
        holdings.followRule(actor, access.changeable(actor, id), customer);
    }

    @Override
    public Reevaluation reevaluateAll(CurrentUser actor) {
        access.requireManager(actor);
        long start = System.nanoTime();
        var changes = assignments.evaluate(null, null);
        long added = changes.values().stream().mapToLong(c -> c[0]).sum();
        long removed = changes.values().stream().mapToLong(c -> c[1]).sum();
        int count = territories.count();
        var result = new Reevaluation(count, added, removed, (System.nanoTime() - start) / 1_000_000);
        audit.record("territory", "all", "re-evaluated", "added: " + added + "; removed: " + removed);
        return result;
    }

    private void requireVersion(TerritoryView current, Integer expected) {
        if (expected != null && expected != current.version()) {
            throw new StaleVersionException(expected, current.version());
        }
    }

    private void requireParent(TerritoryId parent) {
        if (parent != null && territories.find(parent, null).isEmpty()) {
            throw new InvalidInputException("parentId", "is not a territory");
        }
    }

    private void requireFreeName(TerritoryDraft details, TerritoryId self) {
        if (territories.nameTaken(details.parentId(), details.name(), self)) {
            throw new ConflictException("name", "already used under this parent");
        }
    }

    private static TerritoryDraft check(TerritoryDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("name", "is required");
        }
        var problems = new ArrayList<FieldProblem>();
        var name = draft.name() == null ? "" : draft.name().strip();
        var description = blankToNull(draft.description());
        var externalId = blankToNull(draft.externalId());
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "is required"));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "must have at most 200 characters"));
        }
        if (description != null && description.length() > 1000) {
            problems.add(new FieldProblem("description", "must have at most 1000 characters"));
        }
        if (externalId != null && externalId.length() > 100) {
            problems.add(new FieldProblem("externalId", "must have at most 100 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TerritoryDraft(draft.parentId(), name, description, externalId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
