package org.strategypress.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** How reports name files: forward slashes, and URIs for SARIF. */
final class Paths {

    private Paths() {
    }

    static String slashed(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** A relative path as a relative URI reference (spaces and such percent-encoded); an absolute one as file: URI. */
    static String uri(Path p) {
        if (p.isAbsolute()) return p.toUri().toString();
        try {
            return new URI(null, null, slashed(p), null).toASCIIString();
        } catch (URISyntaxException e) {
            return slashed(p);
        }
    }
}
