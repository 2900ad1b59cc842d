package dev.terrain.organization;

import java.util.List;

/**
 * A user's settings as someone sees them: each setting with its source, the typed values in force, and whether
 * the viewer may change them.
 */
public record UserSettings(UserId userId, String email, String displayName, List<EffectiveSetting> entries,
        WorkingSettings effective, boolean changeable) {

    public UserSettings {
        entries = List.copyOf(entries);
    }
}
