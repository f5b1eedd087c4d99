package io.custmgr.history.service;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import ua_parser.Client;
import ua_parser.Parser;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * uap-java (its bundled regexes) plus a configurable bot pattern. uap walks hundreds of regular expressions per header,
 * and storefront traffic repeats a few hundred distinct headers, so results are kept in a small LRU cache.
 */
@Service("cmUserAgentParser")
public class UserAgentParserImpl implements UserAgentParser {

    private static final int CACHE_SIZE = 2000;
    private static final UserAgentDetails UNKNOWN = new UserAgentDetails(null, null, null, false);

    private final Parser parser = new Parser();
    private final Pattern botPattern;
    private final Map<String, UserAgentDetails> cache = Collections.synchronizedMap(
            new LinkedHashMap<String, UserAgentDetails>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, UserAgentDetails> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    @Autowired
    public UserAgentParserImpl(@Value("${custmgr.history.bots.pattern}") String botPattern) {
        this.botPattern = StringUtils.hasText(botPattern) ? Pattern.compile(botPattern) : null;
    }

    @Override
    public UserAgentDetails parse(String userAgent) {
        if (!StringUtils.hasText(userAgent)) {
            return UNKNOWN;
        }
        UserAgentDetails details = cache.get(userAgent);
        if (details == null) {
            details = parseUncached(userAgent);
            cache.put(userAgent, details);
        }
        return details;
    }

    private UserAgentDetails parseUncached(String userAgent) {
        Client client = parser.parse(userAgent);
        boolean bot = "Spider".equals(client.device.family)
                || (botPattern != null && botPattern.matcher(userAgent).find());
        String browser = known(client.userAgent.family);
        String version = browser == null ? null : join(client.userAgent.major, client.userAgent.minor);
        String os = known(client.os.family);
        if (os != null && client.os.major != null) {
            os = os + " " + join(client.os.major, client.os.minor);
        }
        return new UserAgentDetails(browser, version, os, bot);
    }

    private static String known(String family) {
        return family == null || "Other".equals(family) ? null : family;
    }

    private static String join(String major, String minor) {
        if (major == null) {
            return null;
        }
        return minor == null ? major : major + "." + minor;
    }
}
