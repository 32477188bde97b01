package org.strategypress.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON writer of strategy-press: pretty-printed, UTF-8 text kept readable (ə stays ə), numbers as
 * written (no exponent, trailing zeros kept), and every control character escaped (C0 as JSON requires, and
 * DEL and C1 too), so that what a writer typed can never reach a terminal raw.
 */
public final class Json {

    /** Shared, thread-safe once configured. */
    public static final ObjectMapper MAPPER = mapper();

    private Json() {
    }

    private static ObjectMapper mapper() {
        ObjectMapper m = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
        m.getFactory().setCharacterEscapes(new ControlEscapes());
        return m;
    }

    /** Maps, lists, strings, numbers and booleans as pretty-printed JSON, keys in their order, ending with a newline. */
    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** JSON's standard escapes plus DEL and the C1 controls (U+007F to U+009F) as {@code \\uXXXX}. */
    private static final class ControlEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] table;

        ControlEscapes() {
            int[] std = standardAsciiEscapesForJSON();
            table = java.util.Arrays.copyOf(std, 0xA0);
            for (int c = 0x7F; c < 0xA0; c++) table[c] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
