package org.strategypress.report;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON writer of strategy-press: pretty-printed, numbers as written (no exponent), and every
 * non-ASCII character escaped, so that control characters such as ESC can never reach a terminal raw.
 */
public final class Json {

    /** Shared, thread-safe once configured. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private Json() {
    }

    /** The node as pretty-printed JSON, ending with a newline. */
    public static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void print(JsonNode node, PrintWriter out) {
        out.print(text(node));
        out.flush();
    }
}
