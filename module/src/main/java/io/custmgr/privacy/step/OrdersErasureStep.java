package io.custmgr.privacy.step;

import io.custmgr.privacy.dao.PersonalData;
import io.custmgr.privacy.service.ErasureScope;
import io.custmgr.privacy.service.ErasureStep;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * Orders stay for the books with their totals, items and tax; their copies of personal data are blanked
 * ({@link PersonalData}): the order's e-mail, the addresses of its fulfillment groups and payments (and their phone
 * rows), gift messages, the buyer's IP and the gateway's raw response on payment transactions. Carts and wishlists are orders too and get the same.
 */
@Component("cmOrdersErasureStep")
public class OrdersErasureStep implements ErasureStep {

    static final String ORDERS = "SELECT o.ORDER_ID FROM BLC_ORDER o WHERE o.CUSTOMER_ID IN (" + ErasureScope.IDS + ")";

    static final String ADDRESSES = "SELECT f.ADDRESS_ID FROM BLC_FULFILLMENT_GROUP f WHERE f.ORDER_ID IN (" + ORDERS
            + ") UNION SELECT p.ADDRESS_ID FROM BLC_ORDER_PAYMENT p WHERE p.ORDER_ID IN (" + ORDERS + ")";

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @Override
    public int getOrder() {
        return 100;
    }

    @Override
    public void erase(ErasureScope scope) {
        MapSqlParameterSource params = scope.params();
        // phones first: the address rows still say which phone rows are theirs
        named.update("UPDATE BLC_PHONE SET PHONE_NUMBER = '' WHERE PHONE_ID IN (SELECT f.PHONE_ID FROM"
                + " BLC_FULFILLMENT_GROUP f WHERE f.ORDER_ID IN (" + ORDERS + ")) OR PHONE_ID IN (SELECT"
                + " a.PHONE_PRIMARY_ID FROM BLC_ADDRESS a WHERE a.ADDRESS_ID IN (" + ADDRESSES + ")) OR PHONE_ID IN"
                + " (SELECT a.PHONE_SECONDARY_ID FROM BLC_ADDRESS a WHERE a.ADDRESS_ID IN (" + ADDRESSES + "))"
                + " OR PHONE_ID IN (SELECT a.PHONE_FAX_ID FROM BLC_ADDRESS a WHERE a.ADDRESS_ID IN (" + ADDRESSES
                + "))", params);
        named.update("UPDATE BLC_ADDRESS SET " + PersonalData.ADDRESS_BLANKS + " WHERE ADDRESS_ID IN (" + ADDRESSES
                + ")", params);
        named.update("UPDATE BLC_PERSONAL_MESSAGE SET " + PersonalData.MESSAGE_BLANKS + " WHERE PERSONAL_MESSAGE_ID IN"
                + " (SELECT f.PERSONAL_MESSAGE_ID FROM BLC_FULFILLMENT_GROUP f WHERE f.ORDER_ID IN (" + ORDERS
                + ")) OR PERSONAL_MESSAGE_ID IN (SELECT i.PERSONAL_MESSAGE_ID FROM BLC_ORDER_ITEM i WHERE i.ORDER_ID"
                + " IN (" + ORDERS + "))", params);
        named.update("UPDATE BLC_ORDER_PAYMENT_TRANSACTION SET " + PersonalData.TRANSACTION_BLANKS
                + " WHERE ORDER_PAYMENT IN"
                + " (SELECT p.ORDER_PAYMENT_ID FROM BLC_ORDER_PAYMENT p WHERE p.ORDER_ID IN (" + ORDERS + "))", params);
        named.update("UPDATE BLC_ORDER SET EMAIL_ADDRESS = NULL WHERE CUSTOMER_ID IN (" + ErasureScope.IDS + ")",
                params);
    }
}
