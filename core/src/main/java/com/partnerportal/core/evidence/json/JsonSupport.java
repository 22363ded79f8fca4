package com.partnerportal.core.evidence.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** The Jackson set-up of core's JSON formats: exact decimals in and out, strict parsing, stable pretty output. */
final class JsonSupport {

    /** Numbers are read as BigDecimal with their scale; duplicate keys and trailing content are errors. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** Nesting deeper than this is refused (an evidence file needs 5 levels). */
    static final int MAX_DEPTH = 16;
    /** The longest string value or field name of an evidence file (its longest field allows 200 characters). */
    static final int MAX_STRING = 10_000;
    /** The most digits of a number in an evidence file. */
    static final int MAX_NUMBER = 64;

    /**
     * The mapper evidence files are read with: as {@link #MAPPER} (trailing content is checked by the reader, which
     * reads the document piece by piece), and the parser refuses nesting deeper than
     * {@link #MAX_DEPTH}, strings longer than {@link #MAX_STRING} and numbers longer than {@link #MAX_NUMBER} digits
     * before it builds them.
     */
    static final JsonMapper EVIDENCE_MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        PRINTER.indentObjectsWith(indenter);
        PRINTER.indentArraysWith(indenter);
    }

    private JsonSupport() {
    }

    /** What writes one document. */
    interface Body {
        void write(JsonGenerator generator) throws IOException;
    }

    /** A pretty-printed document (2-space indent, LF line ends, no trailing newline). */
    static String write(Body body) {
        return write(body, true);
    }

    /** The same document on one line, without whitespace. */
    static String writeCompact(Body body) {
        return write(body, false);
    }

    private static String write(Body body, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = MAPPER.createGenerator(out)) {
            if (pretty) {
                generator.setPrettyPrinter(PRINTER.createInstance());
            }
            body.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes a money amount as a plain decimal number with the scale it has. */
    static void money(JsonGenerator generator, String field, BigDecimal amount) throws IOException {
        generator.writeFieldName(field);
        if (amount == null) {
            generator.writeNull();
        } else {
            generator.writeNumber(amount);
        }
    }

    static void stringOrNull(JsonGenerator generator, String field, Object value) throws IOException {
        if (value == null) {
            generator.writeNullField(field);
        } else {
            generator.writeStringField(field, value.toString());
        }
    }
}
