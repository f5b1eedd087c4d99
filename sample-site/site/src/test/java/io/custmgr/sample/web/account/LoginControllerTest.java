package io.custmgr.sample.web.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginControllerTest {

    @Test
    void localPathsAreFollowed() {
        assertTrue(LoginController.isLocalPath("/account"));
        assertTrue(LoginController.isLocalPath("/hot-sauces/green-ghost?x=1"));
    }

    @Test
    void otherSitesAreNot() {
        assertFalse(LoginController.isLocalPath("http://evil.example/"));
        assertFalse(LoginController.isLocalPath("//evil.example/"));
        assertFalse(LoginController.isLocalPath("/\\evil.example/"));
        assertFalse(LoginController.isLocalPath("javascript:alert(1)"));
        assertFalse(LoginController.isLocalPath("account"));
    }
}
