package io.custmgr.admin.duplicates;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the Possible Duplicates page, read in the admin's root context (the servlet context that holds the
 * page's controller resolves no property placeholders).
 */
@Component("cmPossibleDuplicatesSettings")
public class PossibleDuplicatesSettings {

    @Value("${custmgr.duplicates.admin.pageSize}")
    protected int pageSize;

    /** @return pairs per page */
    public int getPageSize() {
        return pageSize;
    }
}
