package io.cloudstore.adapter.in.http;

import static java.util.Map.entry;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.staticfiles.ResourceHandler;
import io.javalin.http.staticfiles.StaticFileConfig;
import io.javalin.security.RouteRole;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The files of one classpath directory (the shop pages), read into memory once and served at {@code /}:
 * {@code /css/store.css} is {@code <directory>/css/store.css}, and a directory's {@code index.html} also
 * answers for the directory ({@code /} and {@code /sub/}). Only {@code GET} and {@code HEAD}; anything else,
 * and any path that is not one of the files, falls through to the API's 404.
 *
 * <p>The directory must exist when the server is built; its files are read when the first request that no
 * route matched comes in, not at start-up. Reading them from the shaded jar while the server was built took
 * about 20 ms of the process's time, and 50 to 100 ms more from {@code java -jar} to the first answer on
 * {@code /health}, of a start-up that aims at under a second; the first page asked for pays them instead.
 *
 * <p>It takes the place of Javalin's static-file plugin, which built a Jetty server and resource handler of
 * its own and mounted the whole shaded jar as a zip file system at start-up (about 80 ms). It plugs into the
 * same place of Javalin's request cycle (after the routes, before the 404), so the before-handlers (request
 * id, security headers, CORS) run first, and {@code HttpMetrics} tags what it serves {@code STATIC}.
 *
 * <p>Answers carry {@code Cache-Control: public, max-age=300}, a weak {@code ETag} made from the content
 * ({@code If-None-Match} with it gets a 304), and a {@code Content-Type} by extension, with
 * {@code charset=utf-8} for text. Javalin gzips large answers as it does every other response.
 *
 * <p>No request path is ever resolved against a file system or class loader: a path is looked up among the
 * names read from the directory, so {@code ..}, encoded or not, cannot reach anything outside the directory.
 */
final class StaticFiles implements ResourceHandler {
  private static final String DIRECTORY_INDEX = "index.html";
  private static final String UNKNOWN_TYPE = "application/octet-stream";
  private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
      entry("html", "text/html; charset=utf-8"),
      entry("css", "text/css; charset=utf-8"),
      entry("js", "text/javascript; charset=utf-8"),
      entry("mjs", "text/javascript; charset=utf-8"),
      entry("txt", "text/plain; charset=utf-8"),
      entry("md", "text/plain; charset=utf-8"),
      entry("json", "application/json"),
      entry("map", "application/json"),
      entry("webmanifest", "application/manifest+json"),
      entry("xml", "application/xml"),
      entry("svg", "image/svg+xml"),
      entry("png", "image/png"),
      entry("jpg", "image/jpeg"),
      entry("jpeg", "image/jpeg"),
      entry("gif", "image/gif"),
      entry("webp", "image/webp"),
      entry("avif", "image/avif"),
      entry("ico", "image/x-icon"),
      entry("woff", "font/woff"),
      entry("woff2", "font/woff2"),
      entry("pdf", "application/pdf"),
      entry("wasm", "application/wasm"));

  /** One file as it is served. */
  private record StaticFile(byte[] content, String contentType, String etag) {}

  /** The directory, as the class loader found it: a {@code file:} or a {@code jar:} URL. */
  private final URL root;
  /** By request path: {@code /css/store.css}, and {@code /} for the top {@code index.html}; null until read. */
  private volatile Map<String, StaticFile> files;

  private StaticFiles(URL root) {
    this.root = root;
  }

  /**
   * Serves the files under {@code directory} in the first class path entry that has it, found through the
   * thread's context class loader (as Javalin's plugin found it).
   *
   * @throws IllegalStateException if no class path entry has the directory
   */
  static StaticFiles load(String directory) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = StaticFiles.class.getClassLoader();
    }
    String name = trimSlashes(directory);
    URL root = loader.getResource(name + "/");
    if (root == null) {
      root = loader.getResource(name);
    }
    if (root == null) {
      throw new IllegalStateException("the static files directory '" + directory + "' is not on the class path");
    }
    if (!root.getProtocol().equals("file") && !root.getProtocol().equals("jar")) {
      throw new IllegalStateException(
          "cannot list the static files at " + root + ": only directories and jar files are supported");
    }
    return new StaticFiles(root);
  }

  @Override
  public boolean canHandle(Context ctx) {
    return find(ctx) != null;
  }

  @Override
  public boolean handle(Context ctx) {
    StaticFile file = find(ctx);
    if (file == null) {
      return false;
    }
    ctx.header(Header.CACHE_CONTROL, HttpApi.STATIC_CACHE_CONTROL);
    ctx.header(Header.ETAG, file.etag());
    ctx.contentType(file.contentType());
    if (matchesAny(ctx.header(Header.IF_NONE_MATCH), file.etag())) {
      ctx.status(304);
    } else {
      ctx.result(file.content());
    }
    return true;
  }

  /** Never called: this handler is given its one directory when it is built. */
  @Override
  public boolean addStaticFileConfig(StaticFileConfig config) {
    throw new UnsupportedOperationException("the shop's static files come from HttpSettings.withStaticFiles");
  }

  /** Anyone may read the pages; the API's own routes check access. */
  @Override
  public Set<RouteRole> resourceRouteRoles(Context ctx) {
    return Set.of();
  }

  private StaticFile find(Context ctx) {
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      return null;
    }
    return files().get(ctx.path()); // the path as sent, not decoded: the names are kept as browsers send them
  }

  private Map<String, StaticFile> files() {
    Map<String, StaticFile> read = files;
    if (read == null) {
      synchronized (this) {
        read = files;
        if (read == null) {
          Map<String, StaticFile> byPath = new HashMap<>();
          readFiles(root, (relativeName, content) -> add(byPath, relativeName, content));
          files = read = Map.copyOf(byPath);
        }
      }
    }
    return read;
  }

  /** {@code If-None-Match}: a list of entity tags or {@code *}, compared weakly (RFC 9110, 13.1.2). */
  private static boolean matchesAny(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String opaque = opaqueTag(etag);
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || opaqueTag(tag).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String opaqueTag(String etag) {
    return etag.startsWith("W/") ? etag.substring(2) : etag;
  }

  /**
   * Where the names come from: the directory's own class path entry, listed with the plain JDK. In tests and
   * from an IDE that entry is a directory ({@code target/classes/web}), walked with {@link Files#walk}; in
   * the shaded jar it is a jar, whose entries under {@code web/} are picked out of all its entries with
   * {@link JarFile}, which reads the jar's central directory and mounts no zip file system. This needs no
   * list of files written at build time and kept in step with the pages, and works for any directory an
   * embedder names; such a list would spare only the walk over the shaded jar's 15,000 entries, about 10 ms
   * paid once by the first request.
   */
  private static void readFiles(URL root, BiConsumer<String, byte[]> sink) {
    try {
      if (root.getProtocol().equals("file")) {
        readDirectory(Path.of(root.toURI()), sink);
      } else {
        readJar((JarURLConnection) root.openConnection(), sink);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the static files at " + root, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot read the static files at " + root, e);
    }
  }

  private static void readDirectory(Path directory, BiConsumer<String, byte[]> sink) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path file : (Iterable<Path>) paths::iterator) {
        // Symbolic links are left out, as Javalin's plugin left them out.
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          String relativeName = directory.relativize(file).toString().replace(File.separatorChar, '/');
          sink.accept(relativeName, Files.readAllBytes(file));
        }
      }
    }
  }

  private static void readJar(JarURLConnection connection, BiConsumer<String, byte[]> sink) throws IOException {
    connection.setUseCaches(false); // our own JarFile, closed below, not one cached for the JVM's lifetime
    String prefix = trimSlashes(connection.getEntryName()) + "/";
    try (JarFile jar = connection.getJarFile()) {
      for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
        if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
          continue;
        }
        String relativeName = entry.getName().substring(prefix.length());
        if (isPlainName(relativeName)) {
          try (InputStream in = jar.getInputStream(entry)) {
            sink.accept(relativeName, in.readAllBytes());
          }
        }
      }
    }
  }

  /** A jar may hold any entry name; {@code ../x} or {@code a//b} would never be a request path anyway. */
  private static boolean isPlainName(String relativeName) {
    for (String segment : relativeName.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.contains("\\")) {
        return false;
      }
    }
    return true;
  }

  private static void add(Map<String, StaticFile> files, String relativeName, byte[] content) {
    StaticFile file = new StaticFile(content, contentType(relativeName), weakEtag(content));
    files.put(requestPath(relativeName), file);
    if (relativeName.equals(DIRECTORY_INDEX)) {
      files.put("/", file);
    } else if (relativeName.endsWith("/" + DIRECTORY_INDEX)) {
      String directory = requestPath(relativeName.substring(0, relativeName.length() - DIRECTORY_INDEX.length()));
      files.put(directory, file); // "/docs/"
      files.put(directory.substring(0, directory.length() - 1), file); // "/docs", as Javalin's plugin did
    }
  }

  /**
   * The path a browser asks for: {@code /css/store.css}, and {@code /caf%C3%A9%20menu.png} for a name with a
   * space or a non-ASCII letter. Requests are matched as sent, never decoded, so {@code %2F} or {@code %2E%2E}
   * match nothing.
   */
  private static String requestPath(String relativeName) {
    try {
      return new URI(null, null, "/" + relativeName, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("not a file name that can be served: " + relativeName, e);
    }
  }

  private static String contentType(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return CONTENT_TYPES.getOrDefault(extension, UNKNOWN_TYPE);
  }

  /**
   * Weak, because Javalin may gzip the answer: the tag names the content, not its encoding. Made from the
   * content (length and CRC-32) rather than the jar's timestamps, so a rebuilt jar with the same pages keeps
   * its tags. A CRC is no defence against forgery, but none is needed here, only that an edited file gets a
   * new tag; SHA-256 would have cost 20 ms or more in a JVM that has just started.
   */
  private static String weakEtag(byte[] content) {
    CRC32 crc = new CRC32();
    crc.update(content);
    return "W/\"" + Integer.toHexString(content.length) + "-" + Long.toHexString(crc.getValue()) + "\"";
  }

  private static String trimSlashes(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }
}
