package io.custmgr.privacy.step;

import io.custmgr.privacy.service.ErasureScope;
import io.custmgr.privacy.service.ErasureStep;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * Records the store keeps about its own work stay, without the customer's name or e-mail in them: the assistance log's
 * customer label, the merge records' e-mail of the absorbed customer, the cleanup reports' e-mail.
 */
@Component("cmModuleRecordsErasureStep")
public class ModuleRecordsErasureStep implements ErasureStep {

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @Override
    public int getOrder() {
        return 300;
    }

    @Override
    public void erase(ErasureScope scope) {
        MapSqlParameterSource params = scope.params();
        String ids = " IN (" + ErasureScope.IDS + ")";
        named.update("UPDATE CM_ASSIST_SESSION SET CUSTOMER_LABEL = NULL WHERE CUSTOMER_ID" + ids, params);
        named.update("UPDATE CM_CUSTOMER_MERGE SET ABSORBED_EMAIL = NULL WHERE ABSORBED_ID" + ids
                + " OR SURVIVOR_ID" + ids, params);
        named.update("UPDATE CM_CLEANUP_RUN_ITEM SET EMAIL = NULL WHERE CUSTOMER_ID" + ids, params);
    }
}
