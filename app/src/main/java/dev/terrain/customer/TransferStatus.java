package dev.terrain.customer;

/**
 * Where a transfer stands: waiting for its first day, in force (temporary transfers until their last day),
 * done for good (permanent moves and copies), returned to the original owners, or cancelled before it started.
 */
public enum TransferStatus {
    SCHEDULED, ACTIVE, COMPLETED, RETURNED, CANCELLED
}
