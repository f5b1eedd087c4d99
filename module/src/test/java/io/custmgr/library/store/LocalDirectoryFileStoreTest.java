package io.custmgr.library.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

class LocalDirectoryFileStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesUnderARandomKeyWithSizeAndSha256AndReadsFromAnOffset() throws Exception {
        LocalDirectoryFileStore store = new LocalDirectoryFileStore(dir.toString());
        StoredContent stored = store.store(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), 3);

        assertTrue(stored.getKey().matches("[0-9a-f]{32}"), stored.getKey());
        assertEquals(3, stored.getSize());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", stored.getSha256());
        assertEquals(3, store.length(stored.getKey()));
        try (InputStream in = store.open(stored.getKey(), 1)) {
            assertArrayEquals("bc".getBytes(StandardCharsets.US_ASCII), org.springframework.util.StreamUtils.copyToByteArray(in));
        }
        store.delete(stored.getKey());
        assertEquals(-1, store.length(stored.getKey()));
    }

    @Test
    void refusesContentOverTheLimitAndKeepsNothing() throws Exception {
        LocalDirectoryFileStore store = new LocalDirectoryFileStore(dir.toString());
        assertThrows(FileTooLargeException.class, () -> store.store(new ByteArrayInputStream(new byte[11]), 10));
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void opensNothingButItsOwnKeys() throws Exception {
        Files.write(dir.resolve("secret.txt"), new byte[] {1});
        Path inner = Files.createDirectory(dir.resolve("store"));
        LocalDirectoryFileStore store = new LocalDirectoryFileStore(inner.toString());

        assertThrows(FileNotFoundException.class, () -> store.open("../secret.txt", 0));
        assertThrows(FileNotFoundException.class, () -> store.open(dir.resolve("secret.txt").toString(), 0));
        assertThrows(FileNotFoundException.class, () -> store.open("0123456789abcdef0123456789abcdef", 0));
        assertEquals(-1, store.length("../secret.txt"));
        store.delete("../secret.txt");
        assertTrue(Files.exists(dir.resolve("secret.txt")));
    }
}
