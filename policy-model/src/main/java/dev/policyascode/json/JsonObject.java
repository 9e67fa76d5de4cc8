package dev.policyascode.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object, members in the order they were put or read. Values are what {@link Json} reads and
 * writes: {@code String}, {@code Integer}, {@code Long}, {@code BigInteger}, {@code Double}, {@code
 * BigDecimal}, {@code Boolean}, {@code null}, {@link JsonObject} and {@link JsonArray}.
 */
public final class JsonObject {

  private final Map<String, Object> members = new LinkedHashMap<>();

  /** Sets {@code key} to {@code value} (replacing it, in its place, when it is set already). */
  public JsonObject put(String key, Object value) {
    members.put(key, Json.checked(value));
    return this;
  }

  /** A new object under {@code key}, returned to be filled. */
  public JsonObject putObject(String key) {
    JsonObject o = new JsonObject();
    members.put(key, o);
    return o;
  }

  /** A new array under {@code key}, returned to be filled. */
  public JsonArray putArray(String key) {
    JsonArray a = new JsonArray();
    members.put(key, a);
    return a;
  }

  /** The value of {@code key}: null when it is absent or JSON null (see {@link #has}). */
  public Object get(String key) {
    return members.get(key);
  }

  public boolean has(String key) {
    return members.containsKey(key);
  }

  /** The text of {@code key}, or null when it is absent, null or not a string. */
  public String string(String key) {
    return members.get(key) instanceof String s ? s : null;
  }

  /** The object under {@code key}, or null when it is absent or not an object. */
  public JsonObject object(String key) {
    return members.get(key) instanceof JsonObject o ? o : null;
  }

  /** The array under {@code key}, or null when it is absent or not an array. */
  public JsonArray array(String key) {
    return members.get(key) instanceof JsonArray a ? a : null;
  }

  public Map<String, Object> members() {
    return Collections.unmodifiableMap(members);
  }

  public boolean isEmpty() {
    return members.isEmpty();
  }

  /** The compact JSON text, for messages. */
  @Override
  public String toString() {
    return Json.compact(this);
  }
}
