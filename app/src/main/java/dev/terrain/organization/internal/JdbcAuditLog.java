package dev.terrain.organization.internal;

import dev.terrain.organization.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes audit entries in the caller's transaction, so a rolled-back change leaves no entry. */
@Service
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entity, Object entityId, String action, String summary) {
        var actor = CurrentUserArgumentResolver.current();
        jdbc.sql("""
                insert into audit_log (actor_id, actor_name, entity, entity_id, action, summary)
                values (:actorId, :actorName, :entity, :entityId, :action, :summary)""")
                .param("actorId", actor == null ? null : actor.id().value())
                .param("actorName", actor == null ? "system" : actor.email())
                .param("entity", entity)
                .param("entityId", String.valueOf(entityId))
                .param("action", action)
                .param("summary", summary)
                .update();
    }
}
