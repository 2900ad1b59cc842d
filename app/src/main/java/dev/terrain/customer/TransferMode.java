package dev.terrain.customer;

/** A transfer either moves customers to the target user or gives the target a copy of each. */
public enum TransferMode {
    MOVE, COPY
}
