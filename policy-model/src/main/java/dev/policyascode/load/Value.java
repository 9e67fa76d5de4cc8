package dev.policyascode.load;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.Prose;
import dev.policyascode.model.TextLocator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML value that has been checked against its {@link Type}: the model is built from these, so
 * building never has to check again. Each value keeps where it was written.
 */
sealed interface Value {

  Position at();

  record Scalar(Position at, String text, TextLocator locator) implements Value {
    Prose prose() {
      return new Prose(text, locator);
    }
  }

  record Seq(Position at, List<Value> items) implements Value {}

  record Map_(Position at, Map<String, Value> fields) implements Value {
    Optional<Value> get(String key) {
      return Optional.ofNullable(fields.get(key));
    }

    String text(String key) {
      return ((Scalar) fields.get(key)).text();
    }

    Optional<String> optText(String key) {
      return get(key).map(v -> ((Scalar) v).text());
    }

    Prose prose(String key) {
      return ((Scalar) fields.get(key)).prose();
    }

    Optional<Prose> optProse(String key) {
      return get(key).map(v -> ((Scalar) v).prose());
    }

    Position at(String key) {
      return get(key).map(Value::at).orElse(at);
    }

    List<Value> list(String key) {
      return get(key).map(v -> ((Seq) v).items()).orElse(List.of());
    }

    List<String> texts(String key) {
      return list(key).stream().map(v -> ((Scalar) v).text()).toList();
    }
  }
}
