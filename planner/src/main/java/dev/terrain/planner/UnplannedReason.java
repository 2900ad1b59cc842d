package dev.terrain.planner;

/** Why a visit is not in the plan. */
public enum UnplannedReason {
    /** The visit is closed or not allowed on every working day (or its pin names no working day). */
    CLOSED_ON_ALL_DAYS,
    /** On every day it could happen, no place in any route lets it start inside a window and keeps the shift. */
    NO_WINDOW_FITS,
    /** It would fit in time somewhere, but every such route lacks capacity. */
    NO_CAPACITY,
    /** It would fit somewhere, but only by breaking the working-time or driving-time limit. */
    TOO_MUCH_WORK,
    /** It fits, but the extra cost outweighs its value. */
    NOT_WORTH_THE_DETOUR,
    /** It fits and would pay, but the search had no time left to place it. */
    NOT_REACHED
}
