package io.custmgr.sample.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends one HTTP/1.1 request exactly as written, bypassing the encoding every HTTP client (and the browser) applies:
 * how a hostile client puts markup into a request line or a header.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** @return the status line of the response */
    static String get(String baseUrl, String rawPathAndQuery, Map<String, String> headers) throws IOException {
        URI base = URI.create(baseUrl);
        StringBuilder request = new StringBuilder("GET ").append(rawPathAndQuery).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Connection: close\r\n");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            request.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int endOfLine = response.indexOf("\r\n");
            return endOfLine < 0 ? response : response.substring(0, endOfLine);
        }
    }
}
