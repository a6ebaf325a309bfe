package org.multisitecrm.group;

import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nesting of groups as parent-child edges, and the rule a new edge must keep: the tree stays a tree
 * (a group is never its own ancestor). A plain value, so the rule holds and is tested without a container.
 */
public final class GroupTree {

    /** One nesting: {@code child} is a member group of {@code parent}. */
    public record Edge(long parent, long child) {
    }

    private final Map<Long, List<Long>> children = new HashMap<>();

    private GroupTree(Collection<Edge> edges) {
        edges.forEach(e -> children.computeIfAbsent(e.parent(), p -> new java.util.ArrayList<>()).add(e.child()));
    }

    public static GroupTree of(Collection<Edge> edges) {
        return new GroupTree(edges);
    }

    /** Refuses, naming {@code parent_id}, an edge that would make a group its own parent or ancestor. */
    public void requireNestable(long child, long parent) {
        if (child == parent) {
            throw new InvalidInput("parent_id", "a group cannot be its own parent");
        }
        if (descendantsOf(child).contains(parent)) {
            throw new InvalidInput("parent_id", "group " + parent + " is nested below group " + child + ": that would make a cycle");
        }
    }

    /** Every group below this one, at any depth. */
    public Set<Long> descendantsOf(long group) {
        Set<Long> seen = new HashSet<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(group));
        while (!queue.isEmpty()) {
            for (long child : children.getOrDefault(queue.pop(), List.of())) {
                if (seen.add(child)) {
                    queue.push(child);
                }
            }
        }
        return seen;
    }
}
