package org.multisitecrm.security.visibility;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which reads count as "a few rows by id", so the visibility index is probed for them. */
class NarrowedByIdTest {

    @Test
    void anIdEqualityOrListAtTheTopOfTheWhereNarrowsTheRead() {
        assertTrue(VisibilityParameters.narrowedById("SELECT a.id FROM Contact a WHERE a.id = :p0 AND a.isDeleted = :p1 ORDER BY a.id ASC"));
        assertTrue(VisibilityParameters.narrowedById("SELECT a.id FROM Contact a WHERE a.isDeleted = :p0 AND a.id IN :pageIds ORDER BY a.sortName ASC"));
    }

    @Test
    void anIdInsideAnOrOrAnotherFieldDoesNot() {
        assertFalse(VisibilityParameters.narrowedById("SELECT a.id FROM Contact a WHERE (a.id = :p0 OR a.firstName = :p1)"));
        assertFalse(VisibilityParameters.narrowedById("SELECT a.id FROM Contact a WHERE a.sortName LIKE :p0 AND a.isDeleted = :p1"));
        assertFalse(VisibilityParameters.narrowedById("SELECT a.id FROM Contact a WHERE a.employerId = :p0"));
        assertFalse(VisibilityParameters.narrowedById("SELECT a.id FROM Contact a WHERE a.id > :afterId"));
        assertFalse(VisibilityParameters.narrowedById(null));
    }
}
