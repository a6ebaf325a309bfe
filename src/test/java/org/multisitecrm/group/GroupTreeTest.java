package org.multisitecrm.group;

import org.junit.jupiter.api.Test;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The nesting rule of groups without a container: the tree stays a tree. */
class GroupTreeTest {

    // head office (1) > north (2) > north volunteers (3); south (4) beside north
    private final GroupTree tree = GroupTree.of(List.of(
            new GroupTree.Edge(1, 2), new GroupTree.Edge(2, 3), new GroupTree.Edge(1, 4)));

    @Test
    void descendantsAreFoundAtAnyDepth() {
        assertEquals(Set.of(2L, 3L, 4L), tree.descendantsOf(1));
        assertEquals(Set.of(3L), tree.descendantsOf(2));
        assertEquals(Set.of(), tree.descendantsOf(3));
    }

    @Test
    void aGroupMayJoinAnotherBranchOrAParentItAlreadyHasNoPathTo() {
        tree.requireNestable(3, 4);
        tree.requireNestable(4, 2);
    }

    @Test
    void aGroupIsNeverItsOwnAncestor() {
        assertEquals("parent_id", assertThrows(InvalidInput.class, () -> tree.requireNestable(1, 3)).field(),
                "head office under its grandchild is a cycle");
        assertEquals("parent_id", assertThrows(InvalidInput.class, () -> tree.requireNestable(2, 2)).field());
    }
}
