package io.custmgr.library.service;

import io.custmgr.library.domain.DigitalFile;

/**
 * The names files are uploaded and downloaded with: a bare file name, never a path. Refused rather than cleaned up,
 * so the merchant sees why ("../../etc/passwd" is not quietly turned into "passwd").
 */
public final class DigitalFileNames {

    private DigitalFileNames() {
    }

    /**
     * @return the trimmed name
     * @throws InvalidDigitalFileException (field {@code fileName}) for a missing, too long or path-like name
     */
    public static String check(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidDigitalFileException(InvalidDigitalFileException.FIELD_NAME,
                    InvalidDigitalFileException.REQUIRED);
        }
        if (trimmed.length() > DigitalFile.NAME_LENGTH) {
            throw new InvalidDigitalFileException(InvalidDigitalFileException.FIELD_NAME,
                    InvalidDigitalFileException.TOO_LONG);
        }
        if (!isBareName(trimmed)) {
            throw new InvalidDigitalFileException(InvalidDigitalFileException.FIELD_NAME,
                    InvalidDigitalFileException.BAD_NAME);
        }
        return trimmed;
    }

    static boolean isBareName(String name) {
        if (name.startsWith(".") || name.contains("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c == '"' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }
}
