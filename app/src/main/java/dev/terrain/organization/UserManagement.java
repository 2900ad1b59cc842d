package dev.terrain.organization;

import java.io.Writer;
import java.util.List;

/**
 * Users of the company: admins manage everyone; supervisors see and manage the members of their groups
 * (anyone else answers "not found", as if absent) and can neither create admins nor promote to admin; reps
 * may not manage users at all. The last active admin can be neither deactivated nor demoted. Every change is
 * written to the {@link AuditLog}.
 */
public interface UserManagement {

    /** The most rows one bulk upsert accepts. */
    int MAX_BULK_ROWS = 1000;

    /** The shortest password accepted. */
    int MIN_PASSWORD_LENGTH = 10;

    ResultPage<UserView> list(CurrentUser actor, UserFilter filter, Paging paging);

    UserView get(CurrentUser actor, UserId id);

    /** Creates a user; a blank {@code password} gives a generated one, returned once. */
    NewUser create(CurrentUser actor, UserDraft draft, String password);

    UserView edit(CurrentUser actor, UserId id, UserDraft draft);

    /** The user can no longer sign in; nothing of theirs is deleted. */
    UserView deactivate(CurrentUser actor, UserId id);

    /**
     * Deactivates the user and, when {@code successor} is not null, hands their customers and territory
     * memberships to that active user in the same transaction (the modules that own them listen to
     * {@link UserDeactivated}). The successor must be an active rep or supervisor the actor may manage.
     */
    UserView deactivate(CurrentUser actor, UserId id, UserId successor);

    UserView reactivate(CurrentUser actor, UserId id);

    /**
     * Sets a new password. With a blank {@code newPassword} one is generated and returned (shown once);
     * otherwise returns {@code null}.
     */
    String resetPassword(CurrentUser actor, UserId id, String newPassword);

    /** Creates or updates up to {@link #MAX_BULK_ROWS} users, all or nothing. Admins only. */
    BulkUserResult upsert(CurrentUser actor, List<BulkUserRow> rows);

    /** Writes the users the actor sees as CSV, safe to open in a spreadsheet. */
    void export(CurrentUser actor, UserFilter filter, Writer out);
}
