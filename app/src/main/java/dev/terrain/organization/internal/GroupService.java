package dev.terrain.organization.internal;

import java.util.ArrayList;
import java.util.List;

import dev.terrain.organization.AuditLog;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.GroupId;
import dev.terrain.organization.GroupManagement;
import dev.terrain.organization.GroupView;
import dev.terrain.organization.Paging;
import dev.terrain.organization.ResultPage;
import dev.terrain.organization.UserId;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import dev.terrain.platform.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out {@link GroupManagement}: supervisors read their own groups, admins change any. */
@Service
@Transactional
class GroupService implements GroupManagement {

    private final Groups groups;
    private final Memberships memberships;
    private final Users users;
    private final AuditLog audit;

    GroupService(Groups groups, Memberships memberships, Users users, AuditLog audit) {
        this.groups = groups;
        this.memberships = memberships;
        this.users = users;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<GroupView> list(CurrentUser actor, String text, int page, int size) {
        var paging = new Paging(page, size, null);
        return groups.page(text, paging.page(), paging.size(), UserAccess.scopeOf(actor));
    }

    @Override
    @Transactional(readOnly = true)
    public GroupView get(CurrentUser actor, GroupId id) {
        return groups.find(id, UserAccess.scopeOf(actor)).orElseThrow(() -> new NotFoundException("Group", id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<GroupView> assignable(CurrentUser actor) {
        return groups.all(UserAccess.scopeOf(actor));
    }

    @Override
    public GroupView create(CurrentUser actor, String name, String description) {
        UserAccess.requireAdmin(actor);
        var details = check(name, description, null);
        var id = GroupId.random();
        try {
            groups.insert(id, details.name, details.description);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("name", "already used");
        }
        audit.record("group", id, "created", "name: " + details.name);
        return groups.find(id, null).orElseThrow();
    }

    @Override
    public GroupView rename(CurrentUser actor, GroupId id, String name, String description) {
        var before = existing(actor, id);
        var details = check(name, description, id);
        try {
            groups.rename(id, details.name, details.description);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("name", "already used");
        }
        audit.record("group", id, "renamed", "name: " + before.name() + " -> " + details.name
                + (java.util.Objects.equals(before.description(), details.description) ? "" : "; description changed"));
        return groups.find(id, null).orElseThrow();
    }

    @Override
    public void delete(CurrentUser actor, GroupId id) {
        var before = existing(actor, id);
        groups.delete(id);
        audit.record("group", id, "deleted", "name: " + before.name() + "; members: " + before.memberCount());
    }

    @Override
    public GroupView addMember(CurrentUser actor, GroupId id, UserId user) {
        var group = existing(actor, id);
        var member = users.find(user).orElseThrow(() -> new NotFoundException("User", user));
        if (!memberships.isMember(id, user)) {
            memberships.add(id, user);
            audit.record("group", id, "member added", member.email() + " joined " + group.name());
        }
        return groups.find(id, null).orElseThrow();
    }

    @Override
    public GroupView removeMember(CurrentUser actor, GroupId id, UserId user) {
        var group = existing(actor, id);
        var member = users.find(user).orElseThrow(() -> new NotFoundException("User", user));
        if (memberships.isMember(id, user)) {
            memberships.remove(id, user);
            audit.record("group", id, "member removed", member.email() + " left " + group.name());
        }
        return groups.find(id, null).orElseThrow();
    }

    /** The group to change: admins only; a supervisor learns nothing more than that they may not. */
    private GroupView existing(CurrentUser actor, GroupId id) {
        UserAccess.requireAdmin(actor);
        return groups.find(id, null).orElseThrow(() -> new NotFoundException("Group", id));
    }

    private Details check(String name, String description, GroupId self) {
        var problems = new ArrayList<FieldProblem>();
        var cleanName = name == null ? "" : name.strip();
        var cleanDescription = description == null || description.isBlank() ? null : description.strip();
        if (cleanName.isEmpty()) {
            problems.add(new FieldProblem("name", "is required"));
        } else if (cleanName.length() > 200) {
            problems.add(new FieldProblem("name", "must have at most 200 characters"));
        }
        if (cleanDescription != null && cleanDescription.length() > 1000) {
            problems.add(new FieldProblem("description", "must have at most 1000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (groups.nameTaken(cleanName, self)) {
            throw new ConflictException("name", "already used");
        }
        return new Details(cleanName, cleanDescription);
    }

    private record Details(String name, String description) {
    }
}
