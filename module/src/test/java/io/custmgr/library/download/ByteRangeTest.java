package io.custmgr.library.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void resolvesOpenClosedAndSuffixRanges() {
        ByteRange closed = ByteRange.parse("bytes=10-19", 100);
        assertEquals(10, closed.getFirst());
        assertEquals(10, closed.getLength());
        assertEquals("bytes 10-19/100", closed.contentRange(100));
        assertEquals(99, ByteRange.parse("bytes=90-", 100).getLast());
        assertEquals(99, ByteRange.parse("bytes=90-500", 100).getLast(), "cut at the end");
        ByteRange suffix = ByteRange.parse("bytes=-30", 100);
        assertEquals(70, suffix.getFirst());
        assertEquals(30, suffix.getLength());
    }

    @Test
    void servesTheWholeFileForWhatItDoesNotUnderstand() {
        assertNull(ByteRange.parse(null, 100));
        assertNull(ByteRange.parse("items=1-2", 100));
        assertNull(ByteRange.parse("bytes=1-2,5-6", 100));
        assertNull(ByteRange.parse("bytes=x-2", 100));
        assertNull(ByteRange.parse("bytes=5-2", 100));
    }

    @Test
    void refusesRangesBeyondTheEnd() {
        assertEquals(100, assertThrows(ByteRange.UnsatisfiableRangeException.class,
                () -> ByteRange.parse("bytes=100-", 100)).getLength());
        assertThrows(ByteRange.UnsatisfiableRangeException.class, () -> ByteRange.parse("bytes=-0", 100));
    }
}
