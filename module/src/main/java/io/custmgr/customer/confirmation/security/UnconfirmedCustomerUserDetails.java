package io.custmgr.customer.confirmation.security;

import org.broadleafcommerce.profile.core.service.CustomerUserDetails;
import org.springframework.security.core.AuthenticationException;

/**
 * An account that may not sign in before confirming its e-mail address: Broadleaf's own user details with
 * "credentials non-expired" off. Spring Security checks that after the password, so a wrong password is still just
 * a wrong password and the refusal tells nothing to someone who does not know it; the failure is a
 * {@code CredentialsExpiredException} carrying these details, which {@link #in} recognises.
 */
public class UnconfirmedCustomerUserDetails extends CustomerUserDetails {

    private static final long serialVersionUID = 1L;

    public UnconfirmedCustomerUserDetails(CustomerUserDetails confirmed) {
        super(confirmed.getId(), confirmed.getUsername(), confirmed.getPassword(), confirmed.isEnabled(),
                confirmed.isAccountNonExpired(), false, confirmed.isAccountNonLocked(), confirmed.getAuthorities());
    }

    /** @return whether a sign-in failed (after its password was accepted) because the e-mail is not confirmed */
    @SuppressWarnings("deprecation")
    public static boolean in(Object failure) {
        if (!(failure instanceof AuthenticationException)) {
            return false;
        }
        return ((AuthenticationException) failure).getExtraInformation() instanceof UnconfirmedCustomerUserDetails;
    }
}
