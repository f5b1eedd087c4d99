package io.custmgr.privacy.step;

import io.custmgr.privacy.dao.PersonalData;
import io.custmgr.privacy.domain.ErasureMark;
import io.custmgr.privacy.service.ErasureScope;
import io.custmgr.privacy.service.ErasureStep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * Last: the customer row keeps its id (its orders point to it) and loses its personal columns ({@link PersonalData});
 * its login becomes {@code erased-<id>@<custmgr.privacy.erasedLoginDomain>}, so the e-mail is free and nobody can
 * sign in with it; it is deactivated and marked erased.
 */
@Component("cmCustomerRowErasureStep")
public class CustomerRowErasureStep implements ErasureStep {

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @Value("${custmgr.privacy.erasedLoginDomain}")
    protected String loginDomain;

    @Override
    public int getOrder() {
        return 1000;
    }

    @Override
    public void erase(ErasureScope scope) {
        String login = PersonalData.erasedLogin("CUSTOMER_ID", loginDomain);
        named.update("UPDATE BLC_CUSTOMER SET USER_NAME = " + login + ", EMAIL_ADDRESS = " + login + ", "
                + PersonalData.CUSTOMER_BLANKS + ", " + PersonalData.CUSTOMER_FLAGS_OFF + ", DEACTIVATED = TRUE, "
                + ErasureMark.COLUMN + " = :now, DATE_UPDATED = :now WHERE CUSTOMER_ID IN (" + ErasureScope.IDS
                + ") AND " + ErasureMark.COLUMN + " IS NULL", scope.params());
    }
}
