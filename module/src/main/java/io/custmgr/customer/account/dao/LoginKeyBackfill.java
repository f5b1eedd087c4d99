package io.custmgr.customer.account.dao;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * At start-up, gives the accounts that existed before the module their login keys (once: when the table is empty).
 * A failure is logged, not fatal: sign-in then falls back to Broadleaf's exact-case lookup for those accounts.
 */
@Component("cmLoginKeyBackfill")
public class LoginKeyBackfill {

    private static final Log LOG = LogFactory.getLog(LoginKeyBackfill.class);

    @Resource(name = "cmLoginKeyDao")
    protected LoginKeyDao loginKeyDao;

    @PostConstruct
    public void backfill() {
        try {
            loginKeyDao.backfillIfEmpty();
        } catch (RuntimeException e) {
            LOG.warn("Could not write the login keys of the existing accounts", e);
        }
    }
}
