package dev.terrain.customer;

/** A contact as entered: {@code name} is required (at most 200 characters), the rest optional. */
public record ContactDraft(String name, String role, String phone, String email, String externalId) {
}
