package io.custmgr.library.rebuild;

/** A bulk library rebuild was asked for while another one is queued or running. */
public class RebuildAlreadyRunningException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public RebuildAlreadyRunningException() {
        super("A library rebuild is already running");
    }
}
