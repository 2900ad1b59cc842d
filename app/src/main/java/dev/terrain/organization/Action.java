package dev.terrain.organization;

/**
 * The actions of the permission matrix. Each is granted to an {@link Audience}; the defaults are what a
 * company gets before it changes anything.
 */
public enum Action {
    CREATE_CUSTOMERS(Audience.EVERYONE),
    EDIT_CUSTOMERS(Audience.EVERYONE),
    DELETE_CUSTOMERS(Audience.SUPERVISORS_AND_ADMINS),
    EDIT_SUBMITTED_REPORTS(Audience.SUPERVISORS_AND_ADMINS),
    DELETE_REPORTS(Audience.ADMINS_ONLY),
    IMPORT(Audience.ADMINS_ONLY),
    EXPORT(Audience.SUPERVISORS_AND_ADMINS),
    TRANSFER_CUSTOMERS(Audience.SUPERVISORS_AND_ADMINS),
    MANAGE_TERRITORIES(Audience.ADMINS_ONLY),
    SEE_OTHER_PLANS(Audience.SUPERVISORS_AND_ADMINS),
    USE_API(Audience.EVERYONE);

    private final Audience byDefault;

    Action(Audience byDefault) {
        this.byDefault = byDefault;
    }

    public Audience byDefault() {
        return byDefault;
    }
}
