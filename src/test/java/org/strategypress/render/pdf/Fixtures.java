package org.strategypress.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test resources of this package, read as text. */
final class Fixtures {

    private Fixtures() {
    }

    static String read(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("test resource missing: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
