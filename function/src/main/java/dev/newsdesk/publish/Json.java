package dev.newsdesk.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The one configured Jackson mapper of the publish stage, built once per {@link Json} instance and
 * never reconfigured. Thread-safe.
 */
public final class Json {
  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  public Json() {
    this.mapper = JsonMapper.builder()
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    this.writer = mapper.writer(printer);
  }

  /** Pretty-printed UTF-8 JSON ending in a newline. */
  public byte[] write(Object value) {
    try {
      return (writer.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** One-line JSON, for line-oriented files. */
  public String compact(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Reads a document of type {@code type}.
   *
   * @param what names the document in the error message, e.g. its store key
   * @throws IllegalArgumentException when the bytes are not a valid document
   */
  public <T> T read(byte[] bytes, Class<T> type, String what) {
    ObjectReader reader = mapper.readerFor(type);
    try {
      return reader.readValue(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException("'" + what + "' is not a valid " + type.getSimpleName() + " document: "
          + e.getMessage(), e);
    }
  }

  /**
   * A whole-number field of a JSON object document, or -1 when it has none.
   *
   * @param what names the document in the error message
   */
  public long readLong(byte[] bytes, String field, String what) {
    try {
      var node = mapper.readTree(bytes).get(field);
      return node == null || !node.canConvertToLong() ? -1 : node.asLong();
    } catch (IOException e) {
      throw new IllegalArgumentException("'" + what + "' is not JSON: " + e.getMessage(), e);
    }
  }

  /**
   * One JSON object as a map of plain values (strings, numbers, booleans, lists, maps, nulls), for
   * reading line-oriented corpora.
   *
   * @param what names the input in the error message, e.g. "stream.jsonl line 12"
   */
  @SuppressWarnings("unchecked")
  public java.util.Map<String, Object> readObject(String text, String what) {
    try {
      return mapper.readValue(text, java.util.Map.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(what + " is not a JSON object: " + e.getMessage(), e);
    }
  }

  ObjectMapper mapper() {
    return mapper;
  }
}
