/**
 * The territory tree, its assignment rules on account criteria, memberships, forecast targets, and the
 * visibility rule that decides who sees which customer.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "organization", "customer" })
package dev.terrain.territory;
