package io.custmgr.assist.hibernate;

import io.custmgr.assist.service.AssistanceRestrictedException;
import io.custmgr.assist.service.CurrentAssistance;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * While an admin user is signed in as a customer, no customer's password, e-mail address or user name (the login)
 * changes, whatever page or service tries: the flush that would write it throws {@link AssistanceRestrictedException},
 * so the transaction saves nothing. The storefront's own pages say so before getting here (the site's
 * assistance interceptor); this is the rule on every other path.
 */
public class AssistanceGuardListener implements PreUpdateEventListener {

    private static final long serialVersionUID = 1L;

    static final List<String> GUARDED = Collections.unmodifiableList(Arrays.asList("password", "emailAddress",
            "username"));

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        if (!(event.getEntity() instanceof Customer) || event.getOldState() == null
                || CurrentAssistance.get() == null) {
            return false;
        }
        String[] names = event.getPersister().getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (GUARDED.contains(names[i]) && !same(event.getOldState()[i], event.getState()[i])) {
                throw new AssistanceRestrictedException(names[i]);
            }
        }
        return false;
    }

    private static boolean same(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }
}
