package io.custmgr.stock.service;

import io.custmgr.stock.dao.StockSubscriptionDao;
import io.custmgr.stock.dao.StockSubscriptionRow;
import io.custmgr.stock.domain.StockSubscription;
import io.custmgr.stock.domain.StockSubscriptionImpl;
import io.custmgr.stock.type.StockSubscriptionState;
import org.apache.commons.validator.GenericValidator;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.PersistenceException;

import static io.custmgr.stock.service.StockSubscriptionRefusedException.*;

public class StockSubscriptionServiceImpl implements StockSubscriptionService {

    @Resource(name = "cmStockSubscriptionDao")
    protected StockSubscriptionDao dao;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    protected final UnsubscribeLinks links;

    public StockSubscriptionServiceImpl(UnsubscribeLinks links) {
        this.links = links;
    }

    @Override
    @Transactional("blTransactionManager")
    public StockSubscription subscribe(Long customerId, String email, Long skuId) {
        String address = customerId == null ? email : accountEmail(customerId);
        if (address == null || address.trim().isEmpty()) {
            throw new StockSubscriptionRefusedException(EMAIL, EMAIL_REQUIRED);
        }
        address = address.trim();
        if (address.length() > StockSubscriptionImpl.EMAIL_LENGTH || !GenericValidator.isEmail(address)) {
            throw new StockSubscriptionRefusedException(EMAIL, EMAIL_INVALID);
        }
        Sku sku = skuId == null ? null : catalogService.findSkuById(skuId);
        if (sku == null) {
            throw new StockSubscriptionRefusedException(SKU, NO_SUCH_SKU);
        }
        Date now = new Date();
        if (dao.isAvailable(skuId, now)) {
            throw new StockSubscriptionRefusedException(SKU, AVAILABLE_NOW);
        }
        if (dao.isOpen(skuId, StockSubscriptionImpl.emailKey(address))) {
            throw new StockSubscriptionRefusedException(EMAIL, ALREADY_SUBSCRIBED);
        }
        StockSubscription subscription = dao.create();
        subscription.setCustomerId(customerId);
        subscription.setState(StockSubscriptionState.OPEN);
        subscription.setEmail(address);
        subscription.setSkuId(skuId);
        Product product = sku.getProduct();
        subscription.setProductId(product == null ? null : product.getId());
        subscription.setCreated(now);
        try {
            return dao.save(subscription);
        } catch (DataIntegrityViolationException | PersistenceException racing) {
            // another request opened the same subscription meanwhile: the unique open key refused this one
            throw new StockSubscriptionRefusedException(EMAIL, ALREADY_SUBSCRIBED);
        }
    }

    private String accountEmail(Long customerId) {
        Customer customer = customerService.readCustomerById(customerId);
        return customer == null ? null : customer.getEmailAddress();
    }

    @Override
    @Transactional("blTransactionManager")
    public int unsubscribe(String token) {
        Long id = links.verify(token);
        StockSubscription subscription = id == null ? null : dao.read(id);
        if (subscription == null) {
            throw new StockSubscriptionRefusedException(TOKEN, LINK_INVALID);
        }
        return dao.cancelOpen(subscription.getEmailKey());
    }

    @Override
    public String unsubscribeToken(long subscriptionId) {
        return links.sign(subscriptionId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<StockSubscriptionRow> findForCustomer(Long customerId) {
        return dao.readForCustomer(customerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<StockSubscriptionRow> findPage(String state, int first, int max) {
        return dao.readPage(state, first, max);
    }
}
