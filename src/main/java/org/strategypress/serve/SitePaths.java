package org.strategypress.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps a request path to a file of the site, or to nothing. Percent-escapes are decoded once; a path with
 * a {@code ..} or {@code .} segment, a dotfile or dot-folder, a backslash, a NUL or control character, or
 * bad UTF-8 is refused; so is anything that resolves outside the site root, through symbolic links included.
 * A folder maps to its index.html, never to a listing.
 */
final class SitePaths {

    private SitePaths() {
    }

    /** What a request path names: a file to send, a folder that wants a trailing slash, or nothing. */
    sealed interface Target permits FileTarget, AddSlash, NotFound {
    }

    record FileTarget(Path file) implements Target {
    }

    record AddSlash(String location) implements Target {
    }

    record NotFound() implements Target {
    }

    static Target resolve(Path root, String rawPath) {
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) return new NotFound();
        String path = decoded.get();
        if (!path.startsWith("/") || path.indexOf('\\') >= 0) return new NotFound();
        Path rel = Path.of("");
        for (String seg : path.split("/")) {
            if (seg.isEmpty()) continue;
            if (seg.startsWith(".") || seg.indexOf(':') >= 0) return new NotFound();
            rel = rel.resolve(seg);
        }
        try {
            Path realRoot = root.toRealPath();
            Path candidate = realRoot.resolve(rel).normalize();
            if (!candidate.startsWith(realRoot) || !Files.exists(candidate)) return new NotFound();
            Path real = candidate.toRealPath();
            if (!real.startsWith(realRoot)) return new NotFound();
            if (Files.isDirectory(real)) {
                if (!path.endsWith("/")) return new AddSlash(rawPath + "/");
                Path index = real.resolve("index.html");
                if (!Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) return new NotFound();
                return new FileTarget(index);
            }
            return Files.isRegularFile(real) ? new FileTarget(real) : new NotFound();
        } catch (IOException | RuntimeException e) {
            return new NotFound();
        }
    }

    /** Decodes %XX escapes once (a '+' stays a '+'); empty when malformed, not UTF-8, or holding a control character. */
    static Optional<String> decode(String raw) {
        if (raw == null) return Optional.empty();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return Optional.empty();
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return Optional.empty();
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) < 0x20 || s.charAt(i) == 0x7f) return Optional.empty();
            return Optional.of(s);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
