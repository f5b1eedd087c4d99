package io.custmgr.admin.web.search;

/** An export job that does not exist, is forgotten, or is another admin's: answered as "not found". */
public class ExportJobNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportJobNotFoundException() {
        super("No such export");
    }
}
