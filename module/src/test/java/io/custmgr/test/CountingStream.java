package io.custmgr.test;

import java.io.OutputStream;

/** For benchmarks of exports: discards what is written, counting the bytes. */
public final class CountingStream extends OutputStream {

    private long bytes;

    @Override
    public void write(int b) {
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        bytes += len;
    }

    public long bytes() {
        return bytes;
    }
}
