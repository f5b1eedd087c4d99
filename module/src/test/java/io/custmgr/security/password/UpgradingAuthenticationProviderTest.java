package io.custmgr.security.password;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.ReflectionSaltSource;
import org.springframework.security.authentication.encoding.ShaPasswordEncoder;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.dao.QueryTimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class UpgradingAuthenticationProviderTest {

    private static final String NAME = "demo@example.com";

    private final ShaPasswordEncoder sha = UpgradingPasswordEncoderTest.sha256x1024();
    private final UpgradingPasswordEncoder encoder = new UpgradingPasswordEncoder(4, sha);
    private final UserDetailsService users = mock(UserDetailsService.class);
    private final StoredPasswords stored = mock(StoredPasswords.class);
    private final UpgradingAuthenticationProvider provider = new UpgradingAuthenticationProvider();

    @BeforeEach
    void wire() throws Exception {
        ReflectionSaltSource salts = new ReflectionSaltSource();
        salts.setUserPropertyToUse("username");
        provider.setUserDetailsService(users);
        provider.setPasswordEncoder(encoder);
        provider.setSaltSource(salts);
        provider.setStoredPasswords(stored);
        provider.afterPropertiesSet();
    }

    @Test
    void aLegacyHashSignsInAndIsReplacedByABcryptHashOfTheTypedPassword() {
        String legacy = sha.encodePassword("demo1234", NAME);
        UserDetails account = account(legacy, true);

        assertTrue(signIn("demo1234").isAuthenticated());

        ArgumentCaptor<String> replacement = ArgumentCaptor.forClass(String.class);
        verify(stored).replace(eq(account), eq(legacy), replacement.capture());
        assertTrue(BcryptHashes.isBcrypt(replacement.getValue()));
        assertTrue(encoder.isPasswordValid(replacement.getValue(), "demo1234", null));
    }

    @Test
    void aWrongPasswordAgainstALegacyHashFailsAndReplacesNothing() {
        account(sha.encodePassword("demo1234", NAME), true);

        assertThrows(BadCredentialsException.class, () -> signIn("demo12345"));
        verify(stored, never()).replace(any(UserDetails.class), anyString(), anyString());
    }

    @Test
    void aCurrentBcryptHashIsLeftAlone() {
        account(encoder.encodePassword("demo1234", null), true);

        assertTrue(signIn("demo1234").isAuthenticated());
        verify(stored, never()).replace(any(UserDetails.class), anyString(), anyString());
    }

    @Test
    void aDisabledAccountWithTheRightPasswordIsRefusedAndKeepsItsHash() {
        account(sha.encodePassword("demo1234", NAME), false);

        assertThrows(DisabledException.class, () -> signIn("demo1234"));
        verify(stored, never()).replace(any(UserDetails.class), anyString(), anyString());
    }

    @Test
    void anEmptyStoredPasswordFailsCleanly() {
        account("", true);

        assertThrows(BadCredentialsException.class, () -> signIn(""));
        verify(stored, never()).replace(any(UserDetails.class), anyString(), anyString());
    }

    @Test
    void aFailedReplacementDoesNotFailTheSignIn() {
        account(sha.encodePassword("demo1234", NAME), true);
        when(stored.replace(any(UserDetails.class), anyString(), anyString()))
                .thenThrow(new QueryTimeoutException("lock wait"));

        assertTrue(signIn("demo1234").isAuthenticated());
    }

    @Test
    void anotherEncoderIsRefusedAtStartUp() {
        UpgradingAuthenticationProvider misconfigured = new UpgradingAuthenticationProvider();
        misconfigured.setUserDetailsService(users);
        misconfigured.setPasswordEncoder(sha);
        misconfigured.setStoredPasswords(stored);

        assertThrows(IllegalArgumentException.class, misconfigured::afterPropertiesSet);
        assertFalse(misconfigured.supports(String.class));
    }

    private UserDetails account(String hash, boolean enabled) {
        UserDetails account = new User(NAME, hash, enabled, true, true, true,
                AuthorityUtils.createAuthorityList("ROLE_USER"));
        when(users.loadUserByUsername(NAME)).thenReturn(account);
        return account;
    }

    private org.springframework.security.core.Authentication signIn(String typed) {
        return provider.authenticate(new UsernamePasswordAuthenticationToken(NAME, typed));
    }
}
