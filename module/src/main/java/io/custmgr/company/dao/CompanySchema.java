package io.custmgr.company.dao;

import io.custmgr.common.jdbc.SchemaIndexes;
import io.custmgr.company.domain.CompanyImpl;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * The indexes Hibernate's schema update does not make, added at start-up when missing as the changelog adds them: the
 * unique company name (NAME_KEY, null for rejected companies) and the pending-request lookup.
 */
@Component("cmCompanySchema")
public class CompanySchema {

    public static final String NAME_INDEX = "CM_COMPANY_NAME_UK";
    public static final String STATUS_INDEX = "CM_COMPANY_STATUS_IDX";

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @PostConstruct
    public void ensureIndexes() {
        SchemaIndexes.ensure(jdbc, true, NAME_INDEX, CompanyImpl.TABLE, "NAME_KEY");
        SchemaIndexes.ensure(jdbc, false, STATUS_INDEX, CompanyImpl.TABLE, "STATUS, REQUESTED_BY");
    }
}
