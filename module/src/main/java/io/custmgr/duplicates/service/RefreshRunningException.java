package io.custmgr.duplicates.service;

/** A refresh of the match keys was asked while another one is running. */
public class RefreshRunningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RefreshRunningException() {
        super("The possible duplicates are being refreshed already");
    }
}
