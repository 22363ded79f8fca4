package com.partnerportal.core.evidence.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.HeldSpecialization;
import com.partnerportal.core.evidence.Professional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Evidence files, version 1 ({@code shared/spec/evidence-v1.md}): {@link #read} validates the whole
 * file and reports every problem at once with its JSON path; {@link #write} produces the same
 * format, money as plain numbers with their scale, so that {@code read(write(e)).equals(e)}.
 */
public final class EvidenceJson {

    public static final int SCHEMA_VERSION = 1;

    private EvidenceJson() {
    }

    /** @throws EvidenceValidationException naming every problem, when the file breaks any rule */
    public static Evidence read(String json) {
        try (JsonParser parser = JsonSupport.EVIDENCE_MAPPER.createParser(json)) {
            return EvidenceReader.read(parser);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a UTF-8 evidence file from a stream (not closed), as it arrives: the large arrays element by element, so
     * the file itself is never held (see {@code EvidenceReader}).
     *
     * @throws EvidenceValidationException naming every problem, when the file breaks any rule (bytes that are not
     *         UTF-8 are "not valid JSON")
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static Evidence read(InputStream in) {
        try (JsonParser parser = JsonSupport.EVIDENCE_MAPPER.createParser(in)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return EvidenceReader.read(parser);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EvidenceValidationException notJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        String message = e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ");
        return new EvidenceValidationException(List.of(new Problem("$", "not valid JSON: " + message + where)));
    }

    /**
     * The evidence as a pretty-printed v1 file.
     *
     * @throws IllegalArgumentException when a customer carries summed ACR figures ({@link Customer#summed}) instead
     *         of its months: a file holds months, and writing none would say the customer had no ACR
     */
    public static String write(Evidence evidence) {
        for (Customer customer : evidence.customers()) {
            if (customer.isSummed()) {
                throw new IllegalArgumentException("an evidence file holds each customer's ACR months; customer "
                        + customer.id() + " carries only its figures summed as of " + customer.summedAcr().asOf());
            }
        }
        return JsonSupport.write(g -> {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("asOf", evidence.asOf().toString());
            g.writeObjectFieldStart("partner");
            g.writeStringField("id", evidence.partner().id());
            if (evidence.partner().name() != null) {
                g.writeStringField("name", evidence.partner().name());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("customers");
            for (Customer customer : evidence.customers()) {
                customer(g, customer);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("professionals");
            for (Professional professional : evidence.professionals()) {
                professional(g, professional);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("deployments");
            for (Deployment deployment : evidence.deployments()) {
                g.writeStartObject();
                g.writeStringField("customerId", deployment.customerId());
                g.writeStringField("service", deployment.service());
                g.writeNumberField("serviceLevel", deployment.serviceLevel());
                g.writeStringField("date", deployment.date().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("specializations");
            for (HeldSpecialization specialization : evidence.specializations()) {
                g.writeStartObject();
                g.writeStringField("id", specialization.id().name());
                g.writeStringField("earned", specialization.earned().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("otherAzureSpecializations", evidence.otherAzureSpecializations());
            g.writeEndObject();
        });
    }

    private static void customer(JsonGenerator g, Customer customer) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", customer.id());
        g.writeStringField("segment", customer.segment().name());
        g.writeArrayFieldStart("attributions");
        for (Attribution attribution : customer.attributions()) {
            g.writeString(attribution.name());
        }
        g.writeEndArray();
        g.writeObjectFieldStart("acr");
        for (Map.Entry<YearMonth, BigDecimal> month : customer.acr().entrySet()) {
            JsonSupport.money(g, month.getKey().toString(), month.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void professional(JsonGenerator g, Professional professional) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", professional.id());
        if (professional.name() != null) {
            g.writeStringField("name", professional.name());
        }
        g.writeArrayFieldStart("certifications");
        for (Certification certification : professional.certifications()) {
            g.writeStartObject();
            g.writeStringField("id", certification.id());
            g.writeStringField("earned", certification.earned().toString());
            if (certification.expires() != null) {
                g.writeStringField("expires", certification.expires().toString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
