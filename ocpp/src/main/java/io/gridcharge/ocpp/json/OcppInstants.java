package io.gridcharge.ocpp.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;

/**
 * Date-times on the OCPP wire. OCPP 1.6 §3.15 asks for ISO-8601 and for receivers that handle fractional
 * seconds and time zone offsets; the JSON schemas say {@code "format": "date-time"} (RFC 3339, offset
 * required). JavaTimeModule alone would also accept epoch numbers and offset-less local times, which the
 * schema refuses and which are ambiguous by hours, so reading is strict: a string with an offset, any
 * precision. Writing is UTC (§3.14 recommends it) with at most millisecond precision: §3.15 lets senders drop
 * insignificant fractions, and station firmwares commonly parse no more than three fraction digits.
 */
final class OcppInstants {
    private static final DateTimeFormatter RFC_3339 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT); // 30 February is an error, not 28 February

    private OcppInstants() {
    }

    static final class Writer extends StdSerializer<Instant> {
        Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.truncatedTo(ChronoUnit.MILLIS).toString());
        }
    }

    static final class Reader extends StdScalarDeserializer<Instant> {
        Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText();
            try {
                return OffsetDateTime.parse(text, RFC_3339).toInstant();
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text,
                        "not an ISO-8601 date-time with offset");
            }
        }
    }
}
