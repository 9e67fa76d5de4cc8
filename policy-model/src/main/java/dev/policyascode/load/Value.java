package dev.policyascode.load;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.Positions;
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

  /** A text; {@code at} is where it starts, as {@link TextLocator#start()} says. */
  record Scalar(Position at, String text, ScalarLocator locator) implements Value {
    Prose prose() {
      return new Prose(text, locator);
    }
  }

  record Seq(Position at, List<Value> items) implements Value {}

  /** A mapping of a kind with the given keys, such as a retention rule. */
  record Map_(Position at, Map<String, Value> fields, Positions.Keys keys) implements Value {

    /** Where each of its values is written, for the record built from it. */
    Positions positions() {
      Positions.Builder b = Positions.builder(keys);
      fields.forEach(
          (key, value) -> {
            if (normalised(value)) b.value(key, value.at(), ((Scalar) value).locator());
            else b.value(key, value.at(), textColumn(value));
            if (value instanceof Seq seq) {
              b.list(key);
              for (Value item : seq.items()) {
                if (normalised(item)) b.item(key, item.at(), ((Scalar) item).locator());
                else b.item(key, item.at(), textColumn(item));
              }
            }
          });
      return b.build();
    }

    /** A text kept in NFC that is written otherwise: its places are its locator's to find. */
    private static boolean normalised(Value v) {
      return v instanceof Scalar s && s.locator().normalised();
    }

    private static int textColumn(Value v) {
      return v instanceof Scalar s ? s.locator().textColumn() : 0;
    }

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
