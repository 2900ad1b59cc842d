package dev.terrain.territory;

import java.util.List;

/**
 * What a new rule does to a territory's customers: how many enter and leave it, with a few names of each
 * (alphabetical), and how many assignments changed in its whole subtree. A preview and the application of the
 * same rule on the same data give the same figures.
 */
public record RuleChange(TerritoryId territory, long entering, long leaving, List<String> enteringSamples,
        List<String> leavingSamples, long subtreeChanges, boolean applied) {
}
