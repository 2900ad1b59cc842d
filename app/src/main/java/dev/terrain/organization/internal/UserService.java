package dev.terrain.organization.internal;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.terrain.organization.Action;
import dev.terrain.organization.AuditLog;
import dev.terrain.organization.Permissions;
import dev.terrain.organization.BulkUserResult;
import dev.terrain.organization.BulkUserRow;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.GroupId;
import dev.terrain.organization.NewUser;
import dev.terrain.organization.Paging;
import dev.terrain.organization.ResultPage;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserDeactivated;
import dev.terrain.organization.UserDraft;
import dev.terrain.organization.UserFilter;
import dev.terrain.organization.UserId;
import dev.terrain.organization.UserManagement;
import dev.terrain.organization.UserView;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import dev.terrain.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out {@link UserManagement}: checks access, applies the rules, stores, audits. */
@Service
@Transactional
class UserService implements UserManagement {

    private final Users users;
    private final UserReads reads;
    private final Memberships memberships;
    private final GroupAssignment groupAssignment;
    private final BulkUserUpsert bulk;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;

    UserService(Users users, UserReads reads, Memberships memberships, GroupAssignment groupAssignment,
            BulkUserUpsert bulk, PasswordEncoder passwords, AuditLog audit, Permissions permissions,
            ApplicationEventPublisher events) {
        this.permissions = permissions;
        this.events = events;
        this.users = users;
        this.reads = reads;
        this.memberships = memberships;
        this.groupAssignment = groupAssignment;
        this.bulk = bulk;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<UserView> list(CurrentUser actor, UserFilter filter, Paging paging) {
        return reads.page(filter == null ? UserFilter.none() : filter, paging, UserAccess.scopeOf(actor));
    }

    @Override
    @Transactional(readOnly = true)
    public UserView get(CurrentUser actor, UserId id) {
        return reads.find(id, UserAccess.scopeOf(actor)).orElseThrow(() -> new NotFoundException("User", id));
    }

    @Override
    public NewUser create(CurrentUser actor, UserDraft draft, String password) {
        UserAccess.scopeOf(actor);
        var problems = new ArrayList<FieldProblem>();
        var rules = new UserRules("", problems);
        var details = check(rules, draft);
        boolean generate = password == null || password.isEmpty();
        if (!generate) {
            rules.password(password);
        }
        if (details != null) {
            UserAccess.requireMayManageRole(actor, details.role());
        }
        var groups = groupAssignment.after(actor, Set.of(), draft.groupIds(), rules);
        failOn(problems);
        requireUnique(details, null);
        var clear = generate ? PasswordGenerator.generate() : password;
        var user = User.register(details, passwords.encode(clear));
        try {
            users.insert(user);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("email", "already used");
        }
        memberships.replace(Map.of(user.id(), groups));
        audit.record("user", user.id(), "created", user.snapshot().describe() + "; groups: " + groups.size());
        return new NewUser(reads.find(user.id(), null).orElseThrow(), generate ? clear : null);
    }

    @Override
    public UserView edit(CurrentUser actor, UserId id, UserDraft draft) {
        var user = manageable(actor, id);
        var problems = new ArrayList<FieldProblem>();
        var rules = new UserRules("", problems);
        var details = check(rules, draft);
        if (details != null) {
            UserAccess.requireMayManageRole(actor, details.role());
        }
        var groupsBefore = memberships.groupsOf(id);
        var groups = groupAssignment.after(actor, groupsBefore, draft.groupIds(), rules);
        failOn(problems);
        requireUnique(details, id);
        if (user.isActiveAdmin() && details.role() != Role.ADMIN) {
            requireAnotherActiveAdmin("role", "the last active admin cannot be demoted");
        }
        var before = user.snapshot();
        user.revise(details);
        save(user);
        var changes = user.snapshot().changesSince(before);
        if (!groups.equals(groupsBefore)) {
            memberships.replace(Map.of(id, groups));
            changes = (changes.isEmpty() ? "" : changes + "; ") + "groups: " + groupsBefore.size() + " -> " + groups.size();
        }
        audit.record("user", id, "updated", changes.isEmpty() ? "no change" : changes);
        return reads.find(id, null).orElseThrow();
    }

    @Override
    public UserView deactivate(CurrentUser actor, UserId id) {
        return deactivate(actor, id, null);
    }

    @Override
    public UserView deactivate(CurrentUser actor, UserId id, UserId successor) {
        var user = manageable(actor, id);
        if (user.isActiveAdmin()) {
            requireAnotherActiveAdmin("active", "the last active admin cannot be deactivated");
        }
        if (successor != null) {
            requireSuccessor(actor, id, successor);
        }
        var before = user.snapshot();
        user.deactivate();
        save(user);
        var changes = user.snapshot().changesSince(before);
        audit.record("user", id, "deactivated", successor == null ? changes : changes + "; successor: " + successor);
        events.publishEvent(new UserDeactivated(id, successor, actor));
        return reads.find(id, null).orElseThrow();
    }

    @Override
    public UserView reactivate(CurrentUser actor, UserId id) {
        var user = manageable(actor, id);
        var before = user.snapshot();
        user.reactivate();
        save(user);
        audit.record("user", id, "reactivated", user.snapshot().changesSince(before));
        return reads.find(id, null).orElseThrow();
    }

    @Override
    public String resetPassword(CurrentUser actor, UserId id, String newPassword) {
        var user = manageable(actor, id);
        boolean generate = newPassword == null || newPassword.isEmpty();
        if (!generate) {
            var problems = new ArrayList<FieldProblem>();
            new UserRules("", problems).password(newPassword);
            failOn(problems);
        }
        var clear = generate ? PasswordGenerator.generate() : newPassword;
        user.changePassword(passwords.encode(clear));
        save(user);
        audit.record("user", id, "password reset", generate ? "password: generated" : "password: set by " + actor.email());
        return generate ? clear : null;
    }

    @Override
    public BulkUserResult upsert(CurrentUser actor, List<BulkUserRow> rows) {
        UserAccess.requireAdmin(actor);
        return bulk.upsert(rows);
    }

    @Override
    @Transactional(readOnly = true)
    public void export(CurrentUser actor, UserFilter filter, Writer out) {
        var scope = UserAccess.scopeOf(actor);
        permissions.check(actor, Action.EXPORT);
        var csv = new UserCsv(out);
        csv.header();
        reads.each(filter == null ? UserFilter.none() : filter, scope, csv::row);
        csv.flush();
    }

    /** The user, if the actor may change it: unseen users are not found, admins are for admins. */
    private User manageable(CurrentUser actor, UserId id) {
        var scope = UserAccess.scopeOf(actor);
        if (!reads.visible(id, scope)) {
            throw new NotFoundException("User", id);
        }
        var user = users.find(id).orElseThrow(() -> new NotFoundException("User", id));
        UserAccess.requireMayManageRole(actor, user.role());
        return user;
    }

    private static ValidUser check(UserRules rules, UserDraft draft) {
        return rules.check(draft.email(), draft.displayName(), draft.role(), draft.homeAddress(), draft.latitude(),
                draft.longitude(), draft.externalId());
    }

    private void requireUnique(ValidUser details, UserId self) {
        if (users.emailTaken(details.email(), self)) {
            throw new ConflictException("email", "already used");
        }
        if (users.externalIdTaken(details.externalId(), self)) {
            throw new ConflictException("externalId", "already used");
        }
    }

    private void requireSuccessor(CurrentUser actor, UserId leaving, UserId successor) {
        if (successor.equals(leaving)) {
            throw new InvalidInputException("successor", "must be someone else than the user who leaves");
        }
        var scope = UserAccess.scopeOf(actor);
        var heir = users.find(successor).filter(u -> reads.visible(successor, scope))
                .orElseThrow(() -> new InvalidInputException("successor", "unknown user"));
        if (!heir.active()) {
            throw new InvalidInputException("successor", "is deactivated");
        }
        if (heir.role() == Role.ADMIN) {
            throw new InvalidInputException("successor", "must be a rep or a supervisor");
        }
    }

    private void requireAnotherActiveAdmin(String field, String message) {
        users.lockAdminChanges();
        if (users.activeAdmins() <= 1) {
            throw new ConflictException(field, message);
        }
    }

    private void save(User user) {
        try {
            users.update(user);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("email", "already used");
        }
    }

    private static void failOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
