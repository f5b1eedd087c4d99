package io.custmgr.history.service;

/** Reads browser, version, OS and bot-ness from a User-Agent header. Thread-safe; results may be cached. */
public interface UserAgentParser {

    /**
     * @param userAgent may be null or empty
     * @return never null; all names null when the header is missing or unknown
     */
    UserAgentDetails parse(String userAgent);
}
