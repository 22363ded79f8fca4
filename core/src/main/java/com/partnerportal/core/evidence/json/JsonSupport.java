package com.partnerportal.core.evidence.json;

import com.fasterxml.jackson.core.JsonGenerator;
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
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = MAPPER.createGenerator(out)) {
            generator.setPrettyPrinter(PRINTER.createInstance());
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
