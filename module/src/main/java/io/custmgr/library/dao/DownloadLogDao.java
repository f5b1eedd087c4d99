package io.custmgr.library.dao;

import io.custmgr.library.download.DownloadRecord;

import java.util.List;

/** CM_DOWNLOAD_LOG. */
public interface DownloadLogDao {

    /** Inserts the records in one JDBC batch; the caller holds the transaction. */
    void insert(List<DownloadRecord> records);

    /** @return the customer's downloads, newest first */
    List<DownloadRecord> readByCustomer(long customerId, int first, int max);
}
