package dev.terrain.territory;

/** A user's role in a territory; a manager is the stronger one. */
public enum MemberRole {
    MEMBER, MANAGER;

    public MemberRole stronger(MemberRole other) {
        return other == MANAGER ? MANAGER : this;
    }
}
