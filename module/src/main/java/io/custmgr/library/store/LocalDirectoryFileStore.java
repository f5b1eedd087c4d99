package io.custmgr.library.store;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.xml.bind.DatatypeConverter;

/**
 * Keeps each file in one directory (setting {@code custmgr.library.files.directory}) under a random 32-hex-digit key.
 * A file is written to a temporary name and moved into place once complete, so a key never names half a file.
 */
public class LocalDirectoryFileStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final Path directory;

    public LocalDirectoryFileStore(String directory) throws IOException {
        this.directory = Paths.get(directory).toAbsolutePath().normalize();
        Files.createDirectories(this.directory);
    }

    public Path getDirectory() {
        return directory;
    }

    @Override
    public StoredContent store(InputStream content, long maxBytes) throws IOException {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path partial = directory.resolve(key + ".part");
        MessageDigest digest = sha256();
        long size = 0;
        boolean done = false;
        try {
            OutputStream out = Files.newOutputStream(partial);
            try {
                byte[] buffer = new byte[65536];
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new FileTooLargeException(maxBytes);
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            } finally {
                out.close();
            }
            Files.move(partial, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(partial);
            }
        }
        return new StoredContent(key, size, DatatypeConverter.printHexBinary(digest.digest()).toLowerCase(Locale.ROOT));
    }

    @Override
    public InputStream open(String key, long offset) throws IOException {
        File file = fileOf(key);
        if (file == null || !file.isFile()) {
            throw new FileNotFoundException("No stored file " + key);
        }
        RandomAccessFile access = new RandomAccessFile(file, "r");
        try {
            access.seek(offset);
        } catch (IOException e) {
            access.close();
            throw e;
        }
        return Channels.newInputStream(access.getChannel());
    }

    @Override
    public long length(String key) {
        File file = fileOf(key);
        return file == null || !file.isFile() ? -1L : file.length();
    }

    @Override
    public void delete(String key) throws IOException {
        File file = fileOf(key);
        if (file != null) {
            Files.deleteIfExists(file.toPath());
        }
    }

    /** @return the file of a key this store could have handed out, or null for anything else (paths included) */
    private File fileOf(String key) {
        return key != null && KEY.matcher(key).matches() ? directory.resolve(key).toFile() : null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
