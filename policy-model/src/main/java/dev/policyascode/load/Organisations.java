package dev.policyascode.load;

import dev.policyascode.json.Json;
import dev.policyascode.json.JsonObject;
import dev.policyascode.load.Type.JsonShape;
import dev.policyascode.load.Type.Scalar;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.Transfer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The international organisations a policy can name as a destination, by id, with their names. They
 * are the organisations of the adequacy decisions ({@code gdpr/adequacy.json}): the loader sits
 * below {@code gdpr} and cannot use its classes, so it reads the same file, and a test checks that
 * both see the same ids.
 */
public final class Organisations {

  private static final String FILE = "/dev/policyascode/gdpr/adequacy.json";
  private static final Map<String, String> NAMES = read();

  private Organisations() {}

  private static Map<String, String> read() {
    try (InputStream in = Organisations.class.getResourceAsStream(FILE)) {
      if (in == null) throw new IllegalStateException("missing reference data " + FILE);
      Map<String, String> names = new LinkedHashMap<>();
      JsonObject root =
          (JsonObject) Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      for (Object o : root.array("decisions")) {
        JsonObject d = (JsonObject) o;
        if (d.get("organisation") != null) {
          names.putIfAbsent(d.string("organisation"), d.string("name"));
        }
      }
      return Map.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference data " + FILE, e);
    }
  }

  /** The ids, sorted. */
  public static List<String> ids() {
    return NAMES.keySet().stream().sorted().toList();
  }

  /** "European Patent Organisation" for european-patent-organisation. */
  public static Optional<String> name(String id) {
    return Optional.ofNullable(NAMES.get(id));
  }

  /** Where a transfer goes, as a reader sees it: the country code, or the organisation's name. */
  public static String label(Transfer t) {
    return t.internationalOrganisation().map(Organisations::nameOrId).orElse(t.destination());
  }

  /** Where a recipient is, as a reader sees it: the country code, or the organisation's name. */
  public static String label(Recipient r) {
    return r.internationalOrganisation().map(Organisations::nameOrId).orElse(r.country());
  }

  private static String nameOrId(String id) {
    return name(id).orElse(id);
  }

  /** The id of an international organisation that the reference data knows. */
  static final Scalar ORGANISATION =
      new Scalar(
          "an international organisation",
          "The id of an international organisation, such as european-patent-organisation.",
          s ->
              NAMES.containsKey(s)
                  ? Optional.empty()
                  : Optional.of(
                      "'"
                          + s
                          + "' is not an international organisation this tool knows; write one of: "
                          + String.join(
                              ", ", ids().stream().map(i -> i + " (" + NAMES.get(i) + ")").toList())
                          + ", or, for a country, write 'country:' instead"),
          JsonShape.oneOf(ids()));
}
