package io.custmgr.stock.privacy;

import io.custmgr.privacy.service.ErasureStep;
import io.custmgr.privacy.service.ErasureScope;
import io.custmgr.stock.domain.StockSubscriptionImpl;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * Back-in-stock subscriptions made with the erased customer's e-mail address without signing in belong to no
 * customer: they go too, by the address, before the customer row loses it (those made signed in go with the
 * customer's rows).
 */
@Component("cmStockSubscriptionsErasureStep")
public class StockSubscriptionsErasureStep implements ErasureStep {

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @Override
    public int getOrder() {
        return 250;
    }

    @Override
    public void erase(ErasureScope scope) {
        named.update("DELETE FROM " + StockSubscriptionImpl.TABLE + " WHERE EMAIL_KEY IN (SELECT LOWER(TRIM("
                + "EMAIL_ADDRESS)) FROM BLC_CUSTOMER WHERE CUSTOMER_ID IN (" + ErasureScope.IDS + ")"
                + " AND EMAIL_ADDRESS IS NOT NULL)", scope.params());
    }
}
