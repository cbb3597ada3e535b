package dev.newsdesk.infra;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads a CloudFormation (or SAM) template written in YAML into the JSON form of the same template.
 * YAML's short tags become the long form: {@code !Ref X} becomes {@code {"Ref": "X"}},
 * {@code !GetAtt X.Arn} becomes {@code {"Fn::GetAtt": ["X", "Arn"]}}, {@code !Condition C} becomes
 * {@code {"Condition": "C"}}, and every other {@code !Name v} becomes {@code {"Fn::Name": v}}.
 *
 * <p>Plain Jackson YAML reads the tagged value and drops the tag, which would turn {@code !Ref Bucket}
 * into the string {@code "Bucket"}. Here the parser is walked token by token, and the tag of each
 * value ({@link JsonParser#getTypeId()}) wraps it.
 */
final class CloudFormationYaml {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CloudFormationYaml() {}

  /** The template at {@code file}, in its JSON form. */
  static JsonNode read(Path file) {
    try (JsonParser parser = new YAMLFactory().createParser(file.toFile())) {
      parser.nextToken();
      return value(parser);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The value starting at the current token, with its tag applied; leaves the parser on its last token. */
  private static JsonNode value(JsonParser parser) throws IOException {
    Object typeId = parser.getTypeId(); // the YAML tag, without its "!"
    String tag = typeId == null ? null : typeId.toString();
    JsonNode plain = switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, value(parser));
        }
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        yield array;
      }
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> NODES.numberNode(parser.getLongValue());
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IllegalStateException("unexpected " + parser.currentToken() + " at "
          + parser.currentLocation());
    };
    return tag == null ? plain : intrinsic(tag, plain);
  }

  private static JsonNode intrinsic(String tag, JsonNode value) {
    String name = tag.startsWith("!") ? tag.substring(1) : tag;
    ObjectNode wrapped = NODES.objectNode();
    switch (name) {
      case "Ref", "Condition" -> wrapped.set(name, value);
      case "GetAtt" -> {
        if (value.isTextual()) {
          String text = value.asText();
          int dot = text.indexOf('.');
          wrapped.set("Fn::GetAtt", NODES.arrayNode().add(text.substring(0, dot)).add(text.substring(dot + 1)));
        } else {
          wrapped.set("Fn::GetAtt", value);
        }
      }
      default -> wrapped.set("Fn::" + name, value);
    }
    return wrapped;
  }
}
