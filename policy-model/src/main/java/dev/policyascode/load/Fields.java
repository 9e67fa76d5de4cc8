package dev.policyascode.load;

import dev.policyascode.load.Type.Field;
import dev.policyascode.load.Type.ListOf;

/** The three words every declaration of the format is written with. */
final class Fields {

  private Fields() {}

  static Field req(String key, Type type, String description) {
    return new Field(key, type, true, description);
  }

  static Field opt(String key, Type type, String description) {
    return new Field(key, type, false, description);
  }

  static ListOf listOf(Type item) {
    return new ListOf(item, true);
  }
}
