package dev.terrain.organization;

/** Where the value of a user's setting comes from: the company's value or the user's own. */
public enum SettingSource {
    COMPANY, USER
}
