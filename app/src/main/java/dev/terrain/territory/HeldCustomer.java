package dev.terrain.territory;

import dev.terrain.customer.CustomerId;

/**
 * A customer as a territory sees it: held by its rule ({@code RULE}), included by hand ({@code MANUAL}), or kept
 * out by hand ({@code EXCLUDED}).
 */
public record HeldCustomer(CustomerId id, String name, String postalCode, String city, String source) {
}
