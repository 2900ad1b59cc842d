package dev.terrain.organization.web;

import java.util.List;
import java.util.UUID;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.GroupManagement;
import dev.terrain.organization.GroupView;
import dev.terrain.organization.ResultPage;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserId;
import dev.terrain.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Groups over REST: admins change them; supervisors read their own; reps get 403. */
@RestController
@RequestMapping("/api/v1/groups")
@Tag(name = "Groups", description = "Groups of users and their members")
class GroupsApi {

    private final GroupManagement groups;

    GroupsApi(GroupManagement groups) {
        this.groups = groups;
    }

    @GetMapping
    @Operation(summary = "Lists groups, paged; supervisors see only their own")
    ResultPage<GroupJson> list(CurrentUser actor, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return groups.list(actor, q, page, size).map(GroupJson::of);
    }

    @GetMapping("/{id}")
    GroupJson get(CurrentUser actor, @PathVariable String id) {
        return GroupJson.of(groups.get(actor, Ids.group(id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    GroupJson create(CurrentUser actor, @RequestBody GroupRequest request) {
        return GroupJson.of(groups.create(actor, request.name(), request.description()));
    }

    @PutMapping("/{id}")
    GroupJson rename(CurrentUser actor, @PathVariable String id, @RequestBody GroupRequest request) {
        return GroupJson.of(groups.rename(actor, Ids.group(id), request.name(), request.description()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser actor, @PathVariable String id) {
        groups.delete(actor, Ids.group(id));
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Adds a member: body {\"userId\": \"...\"}")
    GroupJson addMember(CurrentUser actor, @PathVariable String id, @RequestBody MemberRequest request) {
        if (request.userId() == null) {
            throw new InvalidInputException("userId", "is required");
        }
        return GroupJson.of(groups.addMember(actor, Ids.group(id), new UserId(request.userId())));
    }

    @DeleteMapping("/{id}/members/{userId}")
    GroupJson removeMember(CurrentUser actor, @PathVariable String id, @PathVariable String userId) {
        return GroupJson.of(groups.removeMember(actor, Ids.group(id), Ids.user(userId)));
    }

    record GroupRequest(String name, String description) {
    }

    record MemberRequest(UUID userId) {
    }

    record GroupJson(UUID id, String name, String description, int memberCount, List<String> supervisors,
            List<MemberJson> members) {

        static GroupJson of(GroupView group) {
            return new GroupJson(group.id().value(), group.name(), group.description(), group.memberCount(),
                    group.supervisors(), group.members().stream()
                            .map(m -> new MemberJson(m.id().value(), m.email(), m.displayName(), m.role(), m.active()))
                            .toList());
        }
    }

    record MemberJson(UUID id, String email, String displayName, Role role, boolean active) {
    }
}
