package io.custmgr.site.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuardedPathsTest {

    @Test
    void pathsWithAndWithoutTargets() {
        GuardedPaths paths = GuardedPaths.parse(" /login_post.htm=/login?blocked=true , /signup ,");

        assertTrue(paths.isGuarded("/login_post.htm"));
        assertEquals("/login?blocked=true", paths.targetOf("/login_post.htm"));
        assertTrue(paths.isGuarded("/signup"));
        assertNull(paths.targetOf("/signup"));
        assertFalse(paths.isGuarded("/login"));
        assertEquals(2, paths.asMap().size());
    }

    @Test
    void nothingIsGuardedWhenEmpty() {
        assertFalse(GuardedPaths.parse("").isGuarded("/register"));
        assertFalse(GuardedPaths.parse(null).isGuarded("/register"));
    }

    @Test
    void aPathMustBeAbsolute() {
        assertThrows(IllegalArgumentException.class, () -> GuardedPaths.parse("register=/register?blocked=true"));
    }
}
