package dev.terrain.organization;

import java.util.Map;

/** Reads and changes who may do each {@link Action}; changing it is for admins only and audited. */
public interface PermissionMatrix {

    /** Every action with its audience, in declaration order. */
    Map<Action, Audience> current();

    /** Sets the audience of the given actions; the others keep theirs. */
    Map<Action, Audience> change(CurrentUser actor, Map<Action, Audience> changes);
}
