/**
 * The company account: settings and targets with per-user deviations, users, roles, groups, the permission
 * matrix, sign-in and API tokens, and the audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package dev.terrain.organization;
