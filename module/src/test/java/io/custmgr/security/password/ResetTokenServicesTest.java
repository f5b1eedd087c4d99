package io.custmgr.security.password;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class ResetTokenServicesTest {

    private final ResetTokenServices postProcessor = new ResetTokenServices();

    @Test
    void mailingALinkHashesOnlyTokens() {
        Resets service = wrapped();

        assertTrue(service.sendForgotPasswordNotification("token-one"));
        assertTrue(service.sendResetPasswordNotification("token-two"));
        assertTrue(service.checkPasswordResetToken("token-three"));
    }

    @Test
    void aResetHashesEverythingButItsNewPasswordAsAToken() {
        Resets service = wrapped();

        assertTrue(service.resetPasswordUsingToken("demo@example.com", "token", "Renewed123", "Renewed123"));
        assertFalse(service.resetPasswordUsingToken("demo@example.com", "Renewed123", "Renewed123", "Renewed123"));
    }

    @Test
    void otherOperationsAndOtherBeansAreLeftAlone() {
        Resets service = wrapped();
        Resets other = new ResetsImpl();

        assertFalse(service.saveCustomer("a password"));
        assertSame(other, postProcessor.postProcessAfterInitialization(other, "blCustomerDao"));
    }

    @Test
    void theScopeEndsWithTheOperationEvenWhenItFails() {
        Resets service = wrapped();

        assertThrows(IllegalStateException.class, () -> service.sendForgotPasswordNotification(null));
        assertFalse(ResetTokenScope.isToken("token-one"));
    }

    private Resets wrapped() {
        return (Resets) postProcessor.postProcessAfterInitialization(new ResetsImpl(), "blCustomerService");
    }

    /**
     * The reset operations of Broadleaf's services, answering whether the value was hashed as a token (public, as
     * theirs are: the proxy calls through the interface).
     */
    public interface Resets {
        boolean sendForgotPasswordNotification(String token);

        boolean sendResetPasswordNotification(String token);

        boolean checkPasswordResetToken(String token);

        /** Broadleaf's arguments: user name, token, new password, its confirmation; hashes {@code hashed}. */
        boolean resetPasswordUsingToken(String username, String hashed, String newPassword, String confirm);

        boolean saveCustomer(String password);
    }

    static final class ResetsImpl implements Resets {

        @Override
        public boolean sendForgotPasswordNotification(String token) {
            if (token == null) {
                throw new IllegalStateException("no token");
            }
            return ResetTokenScope.isToken(token);
        }

        @Override
        public boolean sendResetPasswordNotification(String token) {
            return ResetTokenScope.isToken(token);
        }

        @Override
        public boolean checkPasswordResetToken(String token) {
            return ResetTokenScope.isToken(token);
        }

        @Override
        public boolean resetPasswordUsingToken(String username, String hashed, String newPassword, String confirm) {
            return ResetTokenScope.isToken(hashed);
        }

        @Override
        public boolean saveCustomer(String password) {
            return ResetTokenScope.isToken(password);
        }
    }
}
