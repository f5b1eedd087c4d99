package io.custmgr.search.export.service;

import io.custmgr.search.export.CustomerIdSource;
import io.custmgr.search.export.ExportColumn;
import io.custmgr.search.export.ExportFormat;
import io.custmgr.search.export.ExportProgress;
import io.custmgr.search.export.dao.AllCustomerIds;
import io.custmgr.search.export.dao.CustomerExportDao;
import io.custmgr.search.export.writer.ExportWriter;
import io.custmgr.search.export.writer.ExportWriters;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

@Service("cmCustomerExporter")
public class CustomerExporterImpl implements CustomerExporter {

    @Resource(name = "cmCustomerExportDao")
    protected CustomerExportDao dao;

    protected int batchSize = BATCH_SIZE;

    @Override
    public long export(CustomerIdSource ids, List<ExportColumn> columns, ExportFormat format, OutputStream out)
            throws IOException {
        return export(ids, columns, format, out, null);
    }

    @Override
    public long export(CustomerIdSource ids, List<ExportColumn> columns, ExportFormat format, OutputStream out,
            ExportProgress progress) throws IOException {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("An export needs at least one column");
        }
        List<ExportColumn> fixed = new ArrayList<ExportColumn>(columns);
        ExportWriter writer = ExportWriters.open(format, out);
        try {
            writer.begin(fixed);
            long rows = 0;
            List<Long> batch = new ArrayList<Long>(batchSize);
            while (ids.nextBatch(batch, batchSize)) {
                for (Object[] row : dao.readRows(batch, fixed)) {
                    writer.row(row);
                    rows++;
                }
                batch.clear();
                if (progress != null) {
                    progress.rowsWritten(rows);
                }
            }
            writer.finish();
            return rows;
        } finally {
            writer.close();
        }
    }

    @Override
    public CustomerIdSource allCustomers() {
        return new AllCustomerIds(dao);
    }
}
