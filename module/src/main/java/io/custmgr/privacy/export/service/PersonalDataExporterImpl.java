package io.custmgr.privacy.export.service;

import io.custmgr.privacy.export.PersonalDataSection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("cmPersonalDataExporter")
public class PersonalDataExporterImpl implements PersonalDataExporter {

    static final String NOT_FOUND = "There is no such customer.";
    static final String ERASED = "This customer's personal data has been erased: there is nothing to export.";
    static final String MERGED = "This customer was merged into customer %s: export that customer instead.";

    @Autowired
    protected List<PersonalDataSection> sections;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected List<PersonalDataSection> ordered;

    @PostConstruct
    public void init() {
        ordered = new ArrayList<PersonalDataSection>(sections);
        Collections.sort(ordered, new Comparator<PersonalDataSection>() {
            @Override
            public int compare(PersonalDataSection a, PersonalDataSection b) {
                return a.getOrder() < b.getOrder() ? -1 : a.getOrder() == b.getOrder() ? 0 : 1;
            }
        });
    }

    @Override
    public String refusal(long customerId) {
        Map<String, Object> row;
        try {
            row = jdbc.queryForMap("SELECT CM_ERASED_DATE, CM_MERGED_INTO FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?",
                    customerId);
        } catch (EmptyResultDataAccessException e) {
            return NOT_FOUND;
        }
        if (row.get("CM_ERASED_DATE") != null) {
            return ERASED;
        }
        return row.get("CM_MERGED_INTO") == null ? null : String.format(MERGED, row.get("CM_MERGED_INTO"));
    }

    @Override
    public long export(final long customerId, final OutputStream out, final ExportProgress progress)
            throws IOException {
        String refusal = refusal(customerId);
        if (refusal != null) {
            throw new PersonalDataExportRefusedException(refusal);
        }
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        try {
            return readOnly.execute(new TransactionCallback<Long>() {
                @Override
                public Long doInTransaction(TransactionStatus status) {
                    try {
                        return write(customerId, out, progress);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private long write(long customerId, OutputStream out, ExportProgress progress) throws IOException {
        PersonalDataZipWriter writer = new PersonalDataZipWriter(out, new File(System.getProperty("java.io.tmpdir")));
        try {
            writer.begin(customerId, new Date(), ordered);
            for (PersonalDataSection section : ordered) {
                writer.beginSection(section);
                section.write(customerId, writer);
                writer.endSection();
                if (progress != null) {
                    progress.recordsWritten(writer.getRecords());
                }
            }
            writer.finish();
            return writer.getRecords();
        } finally {
            writer.discard();
        }
    }
}
