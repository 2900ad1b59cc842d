-- Admins filter the audit log by actor and by action, newest first.
create index audit_log_actor on audit_log (actor_id, at desc);
create index audit_log_action on audit_log (action, at desc);
create index audit_log_entity_at on audit_log (entity, at desc);
