package dev.policyascode.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A static file server on 127.0.0.1, as a web server would publish the output folders: each root
 * under {@code /<name>/}, a folder's {@code index.html} at its address ending in '/'. Under {@code
 * /host/<name>/...} a fragment is served inside a minimal page, as a site would include it.
 */
final class SiteServer implements AutoCloseable {

  static final String HOST_PREFIX = "/host/";

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "md", "text/markdown; charset=utf-8",
          "xml", "application/xml; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json",
          "csv", "text/csv; charset=utf-8",
          "png", "image/png",
          "svg", "image/svg+xml");

  private final HttpServer server;
  private final List<Outputs.Root> roots;

  SiteServer(List<Outputs.Root> roots) throws IOException {
    this.roots = roots;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      boolean host = path.startsWith(HOST_PREFIX);
      if (host) path = path.substring(HOST_PREFIX.length() - 1);
      Path file = resolve(path);
      if (file == null || !"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes());
        return;
      }
      byte[] body = Files.readAllBytes(file);
      if (host) {
        String page = Outputs.hostPage(new String(body, StandardCharsets.UTF_8));
        send(exchange, 200, TYPES.get("html"), page.getBytes(StandardCharsets.UTF_8));
        return;
      }
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1);
      send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }
  }

  /** The file at {@code path}, never outside a root; null when there is none. */
  private Path resolve(String path) {
    for (Outputs.Root root : roots) {
      String prefix = "/" + root.name() + "/";
      if (!path.startsWith(prefix)) continue;
      Path dir = root.dir().toAbsolutePath().normalize();
      Path file = dir.resolve(path.substring(prefix.length())).normalize();
      if (!file.startsWith(dir)) return null;
      if (Files.isDirectory(file)) {
        if (!path.endsWith("/")) return null;
        file = file.resolve("index.html");
      }
      return Files.isRegularFile(file) ? file : null;
    }
    return null;
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
