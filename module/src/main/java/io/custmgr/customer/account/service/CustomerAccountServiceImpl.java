package io.custmgr.customer.account.service;

import io.custmgr.customer.account.dao.CustomerLoginDao;
import io.custmgr.customer.account.dao.LoginKeyDao;
import io.custmgr.customer.account.dao.LoginKeys;
import io.custmgr.customer.account.domain.LoginMatch;
import org.apache.commons.lang3.StringUtils;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.regex.Pattern;

import javax.annotation.Resource;

@Service("cmCustomerAccountService")
public class CustomerAccountServiceImpl implements CustomerAccountService {

    /** The host's EMAIL_ADDRESS and USER_NAME columns are VARCHAR(255). */
    public static final int EMAIL_LENGTH = 255;
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

    @Resource(name = "cmCustomerLoginDao")
    protected CustomerLoginDao loginDao;

    @Resource(name = "cmLoginKeyDao")
    protected LoginKeyDao loginKeyDao;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Value("${custmgr.account.password.minLength}")
    protected int passwordMinLength;

    @Value("${custmgr.account.password.maxLength}")
    protected int passwordMaxLength;

    @Override
    public String normalizeEmail(String email) {
        return StringUtils.trimToNull(email);
    }

    @Override
    public String checkEmailFormat(String normalizedEmail) {
        if (normalizedEmail == null) {
            return EMAIL_REQUIRED;
        }
        if (normalizedEmail.length() > EMAIL_LENGTH) {
            return EMAIL_TOO_LONG;
        }
        return EMAIL_SHAPE.matcher(normalizedEmail).matches() ? null : EMAIL_INVALID;
    }

    @Override
    public Long findEmailOwner(String normalizedEmail, Long exceptCustomerId) {
        String key = LoginKeys.key(normalizedEmail);
        if (key == null) {
            return null;
        }
        LoginMatch match = loginKeyDao.readMatch(key);
        if (match.isShared()) {
            // several accounts from before the module: name one of them
            return loginDao.readOtherCustomerIdByLogin(key, exceptCustomerId);
        }
        return match.getCustomerId() == null || match.getCustomerId().equals(exceptCustomerId) ? null
                : match.getCustomerId();
    }

    @Override
    public LoginMatch findLogin(String typedEmailOrUsername) {
        String key = LoginKeys.key(typedEmailOrUsername);
        return key == null ? LoginMatch.none() : loginKeyDao.readMatch(key);
    }

    @Override
    public String checkNewPassword(String password, String confirmation) {
        if (StringUtils.isEmpty(password)) {
            return PASSWORD_REQUIRED;
        }
        if (password.length() < passwordMinLength) {
            return PASSWORD_TOO_SHORT;
        }
        if (password.length() > passwordMaxLength) {
            return PASSWORD_TOO_LONG;
        }
        if (!LETTER.matcher(password).find() || !DIGIT.matcher(password).find()) {
            return PASSWORD_TOO_WEAK;
        }
        return password.equals(confirmation) ? null : PASSWORD_MISMATCH;
    }

    @Override
    public void changeLogin(Customer customer, String normalizedEmail) {
        customer.setEmailAddress(normalizedEmail);
        customer.setUsername(normalizedEmail);
    }

    @Override
    public void changePassword(Customer customer, String password) {
        customer.setUnencodedPassword(null);
        customer.setPassword(customerService.encodePassword(password, customer));
    }
}
