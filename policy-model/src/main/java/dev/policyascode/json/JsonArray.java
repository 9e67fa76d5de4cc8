package dev.policyascode.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** A JSON array; its values are those of {@link JsonObject}. */
public final class JsonArray implements Iterable<Object> {

  private final List<Object> values = new ArrayList<>();

  public JsonArray add(Object value) {
    values.add(Json.checked(value));
    return this;
  }

  /** A new object at the end, returned to be filled. */
  public JsonObject addObject() {
    JsonObject o = new JsonObject();
    values.add(o);
    return o;
  }

  public Object get(int index) {
    return values.get(index);
  }

  public int size() {
    return values.size();
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public Iterator<Object> iterator() {
    return Collections.unmodifiableList(values).iterator();
  }

  /** The compact JSON text, for messages. */
  @Override
  public String toString() {
    return Json.compact(this);
  }
}
