package io.custmgr.privacy.step;

import io.custmgr.customer.account.dao.CustomerPersonalRows;
import io.custmgr.privacy.service.ErasureScope;
import io.custmgr.privacy.service.ErasureStep;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * The rows that hang off the customer go, by the list the customer delete and the account cleanup use
 * ({@code cmCustomerPersonalRows}): addresses and phones (but the order copies), saved payments, attributes, roles,
 * tokens, offers, reviews, group memberships, duplicate match keys, login keys, page views, activity, guest keys,
 * mailed links, e-mail log, private messages and the audit trail (but for the deletion and erasure records).
 */
@Component("cmPersonalRowsErasureStep")
public class PersonalRowsErasureStep implements ErasureStep {

    @Resource(name = "cmCustomerPersonalRows")
    protected CustomerPersonalRows personalRows;

    @Override
    public int getOrder() {
        return 200;
    }

    @Override
    public void erase(ErasureScope scope) {
        personalRows.deleteAccountRows(ErasureScope.IDS, scope.params());
    }
}
