package dev.newsdesk.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A place the server reads files from: a folder, or a folder on the class path (inside the jar).
 * {@link #find} takes a relative path already checked by {@link RequestPath} and answers only regular
 * files; a folder, a missing file or a link that leads outside the root is "not there".
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface SiteRoot permits SiteRoot.Folder, SiteRoot.Classpath {

  /** The class-path folder the build copies {@code site/} into: {@code /site/} in the jar. */
  String BUNDLED = "site";

  /** Files under {@code folder}, which need not exist yet (then nothing is found). */
  static SiteRoot folder(Path folder) {
    return new Folder(folder);
  }

  /**
   * Files under {@code folder} on the class path of this class's loader, e.g. {@code "site"} for
   * {@code /site/} in the jar.
   */
  static SiteRoot classpath(String folder) {
    return new Classpath(SiteRoot.class.getClassLoader(), folder);
  }

  /** The site packaged in the jar at {@code /site/}. */
  static SiteRoot bundled() {
    return classpath(BUNDLED);
  }

  /** The file at {@code relativePath} ({@code /}-separated, no {@code .} or {@code ..}), if there is one. */
  Optional<ServedFile> find(String relativePath);

  /** Whether the root holds {@code relativePath}, e.g. to check that a site has an {@code index.html}. */
  default boolean has(String relativePath) {
    return find(relativePath).isPresent();
  }

  /** Says where the files come from, for messages. */
  String describe();

  /** A file found under a root. */
  interface ServedFile {
    /** The length in bytes. */
    long size();

    /** Opens the content; the caller closes the stream. */
    InputStream open() throws IOException;
  }

  /** A folder on disk. */
  final class Folder implements SiteRoot {
    private final Path root;

    Folder(Path root) {
      this.root = Objects.requireNonNull(root, "folder").toAbsolutePath().normalize();
      if (Files.exists(this.root) && !Files.isDirectory(this.root)) {
        throw new IllegalArgumentException("not a folder: " + this.root);
      }
    }

    @Override
    public Optional<ServedFile> find(String relativePath) {
      Path candidate = root.resolve(relativePath).normalize();
      if (!candidate.startsWith(root)) {
        return Optional.empty();
      }
      try {
        // Resolve links on both sides: a link inside the root must not lead outside it.
        Path real = candidate.toRealPath();
        if (!real.startsWith(root.toRealPath()) || !Files.isRegularFile(real)) {
          return Optional.empty();
        }
        long size = Files.size(real);
        return Optional.of(new ServedFile() {
          @Override
          public long size() {
            return size;
          }

          @Override
          public InputStream open() throws IOException {
            return Files.newInputStream(real);
          }
        });
      } catch (NoSuchFileException e) {
        return Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + candidate, e);
      }
    }

    @Override
    public String describe() {
      return root.toString();
    }
  }

  /** A folder on the class path: a directory in development, entries of the jar once packaged. */
  final class Classpath implements SiteRoot {
    private final ClassLoader loader;
    private final String prefix;

    Classpath(ClassLoader loader, String folder) {
      this.loader = Objects.requireNonNull(loader, "loader");
      Objects.requireNonNull(folder, "folder");
      String trimmed = folder.replaceAll("^/+|/+$", "");
      if (trimmed.isEmpty() || trimmed.contains("..")) {
        throw new IllegalArgumentException("folder must name a class-path folder, was '" + folder + "'");
      }
      this.prefix = trimmed + "/";
    }

    @Override
    public Optional<ServedFile> find(String relativePath) {
      URL url = loader.getResource(prefix + relativePath);
      if (url == null) {
        return Optional.empty();
      }
      try {
        if (!isFile(url)) {
          return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = url.openStream()) {
          bytes = in.readAllBytes();
        }
        return Optional.of(new ServedFile() {
          @Override
          public long size() {
            return bytes.length;
          }

          @Override
          public InputStream open() {
            return new java.io.ByteArrayInputStream(bytes);
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + url, e);
      }
    }

    /** A directory's URL reads as a listing of its names; only files count. */
    private static boolean isFile(URL url) throws IOException {
      switch (url.getProtocol()) {
        case "file":
          try {
            return Files.isRegularFile(Path.of(url.toURI()));
          } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
          }
        case "jar":
          URLConnection connection = url.openConnection();
          var entry = ((JarURLConnection) connection).getJarEntry();
          return entry != null && !entry.isDirectory();
        default:
          return !url.getPath().endsWith("/");
      }
    }

    @Override
    public String describe() {
      return "classpath:/" + prefix;
    }
  }
}
