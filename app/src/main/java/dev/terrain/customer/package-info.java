/**
 * Customers (accounts), their contacts and notes, opening hours and closing days, visit policy, custom fields,
 * geocoding, and transfers between reps. Which customers a user may see is decided by the
 * {@link dev.terrain.customer.CustomerVisibility} rule that the territory module provides.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "organization" })
package dev.terrain.customer;
