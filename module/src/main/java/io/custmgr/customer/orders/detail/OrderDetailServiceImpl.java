package io.custmgr.customer.orders.detail;

import io.custmgr.address.dao.AddressBookDao;
import io.custmgr.address.service.AddressFormatter;
import io.custmgr.common.mailedlink.service.MailedLink;
import io.custmgr.common.mailedlink.service.MailedLinks;
import io.custmgr.customer.orders.dao.CustomerOrdersDao;
import io.custmgr.customer.orders.dao.OrderDetailDao;
import io.custmgr.customer.orders.dao.PaymentRow;
import io.custmgr.customer.orders.dao.ShipmentRow;
import io.custmgr.customer.orders.service.OrderLine;
import org.broadleafcommerce.profile.core.domain.Address;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

@Service("cmOrderDetailService")
public class OrderDetailServiceImpl implements OrderDetailService {

    /** Longest order number looked up; Broadleaf's column holds 255. */
    static final int ORDER_NUMBER_LENGTH = 255;

    @Resource(name = "cmOrderDetailDao")
    protected OrderDetailDao dao;

    @Resource(name = "cmCustomerOrdersDao")
    protected CustomerOrdersDao ordersDao;

    @Resource(name = "cmAddressBookDao")
    protected AddressBookDao addressDao;

    @Resource(name = "cmAddressFormatter")
    protected AddressFormatter addressFormatter;

    @Resource(name = "cmMailedLinks")
    protected MailedLinks links;

    @Value("${custmgr.orders.linkValidDays:90}")
    protected int linkValidDays;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public OrderDetail findPlacedOrder(Long customerId, String orderNumber) {
        if (!isLookedUp(customerId, orderNumber)) {
            return null;
        }
        OrderDetail order = dao.readPlacedOrder(customerId, orderNumber);
        if (order == null) {
            return null;
        }
        List<OrderLine> lines = ordersDao.readLines(Collections.singleton(order.getOrderId()))
                .get(order.getOrderId());
        if (lines != null) {
            for (OrderLine line : lines) {
                order.addLine(line);
            }
        }
        List<ShipmentRow> shipments = dao.readShipments(order.getOrderId());
        List<PaymentRow> payments = dao.readPayments(order.getOrderId());
        Map<Long, Address> addresses = addressDao.readAddressesById(addressIds(shipments, payments));
        for (ShipmentRow shipment : shipments) {
            order.addShipment(new OrderShipment(shipment.getMethod(), shipment.getStatus(), shipment.getPrice(),
                    addressFormatter.lines(addresses.get(shipment.getAddressId()))));
        }
        for (PaymentRow payment : payments) {
            order.addPayment(new OrderPaymentLine(payment.getType(), payment.getAmount(), payment.getStatus(),
                    addressFormatter.lines(addresses.get(payment.getBillingAddressId()))));
        }
        return order;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean ownsPlacedOrder(Long customerId, String orderNumber) {
        return isLookedUp(customerId, orderNumber) && dao.readPlacedOrder(customerId, orderNumber) != null;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public OrderDetail findByLink(String token) {
        MailedLink link = links.readBearer(LINK_PURPOSE, token);
        return findPlacedOrder(link.getCustomerId(), link.getPayload());
    }

    @Override
    public String issueLink(long customerId, String orderNumber, String url) {
        return links.issue(LINK_PURPOSE, url, customerId, null, orderNumber, linkValidDays * 24);
    }

    private static boolean isLookedUp(Long customerId, String orderNumber) {
        return customerId != null && orderNumber != null && !orderNumber.isEmpty()
                && orderNumber.length() <= ORDER_NUMBER_LENGTH;
    }

    private static Set<Long> addressIds(List<ShipmentRow> shipments, List<PaymentRow> payments) {
        Set<Long> ids = new LinkedHashSet<Long>();
        for (ShipmentRow shipment : shipments) {
            if (shipment.getAddressId() != null) {
                ids.add(shipment.getAddressId());
            }
        }
        for (PaymentRow payment : payments) {
            if (payment.getBillingAddressId() != null) {
                ids.add(payment.getBillingAddressId());
            }
        }
        return ids;
    }
}
