package dev.terrain.organization.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.terrain.organization.AuditLog;
import dev.terrain.organization.BulkUserResult;
import dev.terrain.organization.BulkUserResult.Outcome;
import dev.terrain.organization.BulkUserRow;
import dev.terrain.organization.GroupId;
import dev.terrain.organization.GroupView;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserId;
import dev.terrain.organization.UserManagement;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates or updates many users in the caller's transaction: every row is checked first and any problem, named
 * {@code users[17].email}, rejects the whole call before anything is written. Passwords are hashed in
 * parallel, as hashing is by design the slow part.
 */
@Component
class BulkUserUpsert {

    /** Stored for users created without a password: no password matches it, so they cannot sign in yet. */
    static final String NO_PASSWORD = "{bcrypt}!unset";

    private final Users users;
    private final Groups groups;
    private final Memberships memberships;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    BulkUserUpsert(Users users, Groups groups, Memberships memberships, PasswordEncoder passwords, AuditLog audit) {
        this.users = users;
        this.groups = groups;
        this.memberships = memberships;
        this.passwords = passwords;
        this.audit = audit;
    }

    BulkUserResult upsert(List<BulkUserRow> rows) {
        if (rows == null || rows.isEmpty()) {
            throw new InvalidInputException("users", "must list at least one user");
        }
        if (rows.size() > UserManagement.MAX_BULK_ROWS) {
            throw new InvalidInputException("users", "at most " + UserManagement.MAX_BULK_ROWS
                    + " users per call, got " + rows.size());
        }
        var problems = new ArrayList<FieldProblem>();
        var plans = plan(rows, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        keepAnActiveAdmin(plans);
        try {
            return write(plans);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("users", "an e-mail or external id was taken by someone else meanwhile; send the call again");
        }
    }

    private List<Plan> plan(List<BulkUserRow> rows, List<FieldProblem> problems) {
        var checked = new ArrayList<Plan>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var rules = new UserRules("users[" + i + "].", problems);
            if (row == null) {
                rules.problem("email", "is required");
                continue;
            }
            var details = rules.check(row.email(), row.displayName(), row.role(), row.homeAddress(), row.latitude(),
                    row.longitude(), row.externalId());
            if (row.password() != null) {
                rules.password(row.password());
            }
            if (details != null) {
                checked.add(new Plan(i, row, details, rules));
            }
        }
        rejectRepeats(checked, Plan::emailKey, "email");
        rejectRepeats(checked.stream().filter(p -> p.details.externalId() != null).toList(),
                p -> p.details.externalId(), "externalId");
        matchExisting(checked);
        resolveGroups(checked);
        return checked;
    }

    private static void rejectRepeats(List<Plan> plans, Function<Plan, String> key, String field) {
        var first = new HashMap<String, Integer>();
        for (var plan : plans) {
            var earlier = first.putIfAbsent(key.apply(plan), plan.index);
            if (earlier != null) {
                plan.rules.problem(field, "repeats row " + earlier);
            }
        }
    }

    private void matchExisting(List<Plan> plans) {
        var byEmail = users.findByEmails(plans.stream().map(Plan::emailKey).toList()).stream()
                .collect(Collectors.toMap(u -> u.email().toLowerCase(Locale.ROOT), u -> u));
        var externalIds = plans.stream().map(p -> p.details.externalId()).filter(Objects::nonNull).toList();
        var byExternalId = externalIds.isEmpty() ? Map.<String, User>of() : users.findByExternalIds(externalIds).stream()
                .collect(Collectors.toMap(User::externalId, u -> u));
        var claimed = new HashMap<UserId, Integer>();
        for (var plan : plans) {
            var ext = plan.details.externalId();
            var sameEmail = byEmail.get(plan.emailKey());
            var target = ext == null ? null : byExternalId.get(ext);
            if (target == null) {
                target = sameEmail;
                if (target != null && ext != null && target.externalId() != null) {
                    plan.rules.problem("externalId", "the user with this e-mail has another external id");
                    continue;
                }
            } else if (sameEmail != null && !sameEmail.id().equals(target.id())) {
                plan.rules.problem("email", "already used");
                continue;
            }
            if (target != null) {
                var other = claimed.putIfAbsent(target.id(), plan.index);
                if (other != null) {
                    plan.rules.problem("email", "matches the same user as row " + other);
                    continue;
                }
            }
            plan.existing = target;
        }
    }

    private void resolveGroups(List<Plan> plans) {
        var names = plans.stream().filter(p -> p.row.groups() != null).flatMap(p -> p.row.groups().stream())
                .filter(Objects::nonNull).map(n -> n.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        var known = names.isEmpty() ? Map.<String, GroupId>of() : groups.findByNames(names).stream()
                .collect(Collectors.toMap(g -> g.name().toLowerCase(Locale.ROOT), GroupView::id));
        for (var plan : plans) {
            if (plan.row.groups() == null) {
                continue;
            }
            var ids = new LinkedHashSet<GroupId>();
            for (var name : plan.row.groups()) {
                var id = name == null ? null : known.get(name.strip().toLowerCase(Locale.ROOT));
                if (id == null) {
                    plan.rules.problem("groups", "unknown group \"" + name + "\"");
                } else {
                    ids.add(id);
                }
            }
            plan.groups = ids;
        }
    }

    /** Refuses a call that would leave no active admin, naming the first row that removes one. */
    private void keepAnActiveAdmin(List<Plan> plans) {
        var losing = plans.stream().filter(p -> p.existing != null && p.existing.isActiveAdmin()
                && (p.details.role() != Role.ADMIN || Boolean.FALSE.equals(p.row.active()))).toList();
        if (losing.isEmpty()) {
            return;
        }
        long gaining = plans.stream().filter(p -> p.details.role() == Role.ADMIN && !Boolean.FALSE.equals(p.row.active())
                && (p.existing == null || !p.existing.isActiveAdmin())).count();
        users.lockAdminChanges();
        if (users.activeAdmins() - losing.size() + gaining < 1) {
            var first = losing.get(0);
            var field = first.details.role() != Role.ADMIN ? "role" : "active";
            throw new ConflictException("users[" + first.index + "]." + field, "the last active admin cannot lose that role or be deactivated");
        }
    }

    private BulkUserResult write(List<Plan> plans) {
        var hashes = IntStream.range(0, plans.size()).parallel()
                .mapToObj(i -> plans.get(i).row.password() == null ? null : passwords.encode(plans.get(i).row.password()))
                .toList();
        var inserts = new ArrayList<User>();
        var updates = new ArrayList<User>();
        var groupChanges = new LinkedHashMap<UserId, Set<GroupId>>();
        var results = new ArrayList<BulkUserResult.Row>();
        for (int i = 0; i < plans.size(); i++) {
            var plan = plans.get(i);
            var hash = hashes.get(i);
            User user;
            Outcome outcome;
            String summary;
            if (plan.existing == null) {
                user = User.register(plan.details, hash == null ? NO_PASSWORD : hash);
                user.setActive(!Boolean.FALSE.equals(plan.row.active()));
                inserts.add(user);
                outcome = Outcome.CREATED;
                summary = user.snapshot().describe();
            } else {
                user = plan.existing;
                var before = user.snapshot();
                user.revise(plan.details);
                if (plan.row.active() != null) {
                    user.setActive(plan.row.active());
                }
                if (hash != null) {
                    user.changePassword(hash);
                }
                summary = user.snapshot().changesSince(before);
                boolean groupsChange = plan.groups != null && !plan.groups.equals(memberships.groupsOf(user.id()));
                outcome = summary.isEmpty() && !groupsChange ? Outcome.UNCHANGED : Outcome.UPDATED;
                if (!summary.isEmpty()) {
                    updates.add(user);
                }
                if (groupsChange) {
                    summary = (summary.isEmpty() ? "" : summary + "; ") + "groups: changed";
                }
            }
            if (plan.groups != null) {
                groupChanges.put(user.id(), plan.groups);
            }
            if (outcome != Outcome.UNCHANGED) {
                audit.record("user", user.id(), outcome == Outcome.CREATED ? "created (bulk)" : "updated (bulk)", summary);
            }
            results.add(new BulkUserResult.Row(plan.index, user.id(), user.email(), outcome));
        }
        users.insertAll(inserts);
        users.updateAll(updates);
        memberships.replace(groupChanges);
        return new BulkUserResult(inserts.size(), (int) results.stream().filter(r -> r.outcome() == Outcome.UPDATED).count(),
                results);
    }

    /** One checked row and what it will do. */
    private static final class Plan {
        final int index;
        final BulkUserRow row;
        final ValidUser details;
        final UserRules rules;
        User existing;
        Set<GroupId> groups;

        Plan(int index, BulkUserRow row, ValidUser details, UserRules rules) {
            this.index = index;
            this.row = row;
            this.details = details;
            this.rules = rules;
        }

        String emailKey() {
            return details.email().toLowerCase(Locale.ROOT);
        }
    }
}
