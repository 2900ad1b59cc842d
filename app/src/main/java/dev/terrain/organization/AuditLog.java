package dev.terrain.organization;

/**
 * Records who changed what. Every module writes its changes here; admins read and filter them.
 */
public interface AuditLog {

    /**
     * Records a change made by the signed-in user (or the system when nobody is signed in).
     *
     * @param entity   kind of record, e.g. {@code user}, {@code setting}
     * @param entityId its id
     * @param action   what happened, e.g. {@code created}, {@code deactivated}
     * @param summary  before/after summary, e.g. {@code role: REP -> SUPERVISOR}
     */
    void record(String entity, Object entityId, String action, String summary);
}
