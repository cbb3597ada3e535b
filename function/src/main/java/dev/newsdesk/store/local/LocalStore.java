package dev.newsdesk.store.local;

import dev.newsdesk.model.Hashes;
import dev.newsdesk.store.ConflictException;
import dev.newsdesk.store.ObjectTooLargeException;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoreException;
import dev.newsdesk.store.StoredObject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A {@link Store} on a local folder: key {@code a/b.txt} is the file {@code <root>/a/b.txt}.
 *
 * <p><b>Atomic writes.</b> Every write goes to a temporary file under {@code <root>/.tmp/}, is
 * flushed to disk, and is renamed into place with {@link StandardCopyOption#ATOMIC_MOVE}, so a reader
 * in this or any other process sees the old file or the whole new one, never a part of either.
 *
 * <p><b>Conditional writes across processes.</b> Every write ({@link #create}, {@link #replace},
 * {@link #put}) holds an exclusive {@link FileChannel#lock() file lock} on one of
 * {@value #LOCK_STRIPES} lock files under {@code <root>/.locks/}, chosen by a hash of the key, while
 * it checks the current object and renames the new one into place. Writers racing on one key, in
 * one process or several, are serialised, so at most one of several compare-and-swaps from the same
 * etag succeeds. Unrelated keys that share a lock file are merely serialised. A fixed number of lock
 * files keeps {@code .locks/} small however many keys the store holds. Inside one JVM an in-memory
 * lock per stripe is taken first, because the JVM refuses to hold two overlapping file locks itself.
 * Reads take no lock.
 *
 * <p><b>Etags</b> are the lower-case hex SHA-256 of the content, without quotes. Writing identical
 * bytes keeps the etag, which is harmless because the content is the same.
 *
 * <p><b>Keys</b> are validated. A key must not be empty, start with {@code /}, or contain a
 * backslash or NUL. It must not have an empty, {@code .} or {@code ..} segment, and must not lie
 * under the reserved {@code .tmp/} or {@code .locks/} folders. A bad key is an
 * {@link IllegalArgumentException} that names it. As on any file system, a key and a longer key
 * below it ({@code a} and {@code a/b}) cannot both exist. On a case-insensitive file system, two keys
 * that differ only in case are one object.
 *
 * <p>The local store records no content type. {@link StoredObject#contentType()} is guessed from
 * the file name. A crash can leave temporary files in {@code .tmp/}. They are never listed, and you
 * may delete them while no writer runs.
 *
 * <p>Thread-safe.
 */
public final class LocalStore implements Store {
  /** How many lock files (and in-memory locks) the keys are spread over. */
  static final int LOCK_STRIPES = 256;

  private static final String TMP_DIR = ".tmp";
  private static final String LOCK_DIR = ".locks";

  private final Path root;
  private final Path tmp;
  private final Path locks;
  private final ReentrantLock[] stripes = new ReentrantLock[LOCK_STRIPES];

  /**
   * Opens a store on {@code root}, creating the folder if it is missing.
   *
   * @throws StoreException when the folder or its {@code .tmp/} and {@code .locks/} subfolders cannot be created
   */
  public LocalStore(Path root) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    this.tmp = this.root.resolve(TMP_DIR);
    this.locks = this.root.resolve(LOCK_DIR);
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new ReentrantLock();
    }
    try {
      Files.createDirectories(tmp);
      Files.createDirectories(locks);
    } catch (IOException e) {
      throw new StoreException("cannot prepare the store folder " + this.root + ": " + e, e);
    }
  }

  /** The folder this store lives in (absolute, normalised). */
  public Path root() {
    return root;
  }

  @Override
  public Optional<StoredObject> get(String key, long maxBytes) {
    Path file = file(key);
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative, was " + maxBytes);
    }
    if (Files.isDirectory(file)) {
      return Optional.empty(); // "a" when only "a/b" exists: no object under that key
    }
    // One open channel pins one version of the file: a concurrent rename cannot mix two versions.
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size > maxBytes) {
        throw new ObjectTooLargeException(key, size, maxBytes);
      }
      byte[] bytes = readFully(channel, key, size);
      Instant modified = Files.getLastModifiedTime(file).toInstant();
      return Optional.of(new StoredObject(key, bytes, etag(bytes), modified, contentTypeOf(key)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StoreException("cannot read '" + key + "' in " + root + ": " + e, e);
    }
  }

  @Override
  public List<String> list(String prefix, int limit) {
    checkPrefix(prefix);
    checkLimit(limit);
    // Walk only the deepest folder that the prefix names in full, then filter on the rest of it.
    int slash = prefix.lastIndexOf('/');
    Path start = slash < 0 ? root : root.resolve(prefix.substring(0, slash));
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    try {
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return dir.equals(tmp) || dir.equals(locks) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile()) {
            String key = keyOf(file);
            if (key.startsWith(prefix)) {
              keys.add(key);
            }
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new StoreException("cannot list '" + prefix + "' in " + root + ": " + e, e);
    }
    keys.sort(null);
    return keys.size() <= limit ? keys : List.copyOf(keys.subList(0, limit));
  }

  @Override
  public boolean create(String key, byte[] bytes, String contentType) {
    Path file = file(key);
    Objects.requireNonNull(bytes, "bytes");
    return withKeyLock(key, () -> {
      if (Files.exists(file)) {
        return false;
      }
      writeIntoPlace(key, bytes, file);
      return true;
    });
  }

  @Override
  public String replace(String key, byte[] bytes, String contentType, String expectedEtag) {
    Path file = file(key);
    Objects.requireNonNull(bytes, "bytes");
    return withKeyLock(key, () -> {
      if (!Objects.equals(currentEtag(key, file), expectedEtag)) {
        throw new ConflictException(key);
      }
      writeIntoPlace(key, bytes, file);
      return etag(bytes);
    });
  }

  @Override
  public void put(String key, byte[] bytes, String contentType) {
    Path file = file(key);
    Objects.requireNonNull(bytes, "bytes");
    // Locked like the conditional writes: otherwise a put landing between a compare-and-swap's
    // check and its rename would be overwritten by a swap that should have failed.
    withKeyLock(key, () -> {
      writeIntoPlace(key, bytes, file);
      return null;
    });
  }

  @Override
  public String describe() {
    return root.toString();
  }

  @Override
  public String toString() {
    return "LocalStore[" + root + "]";
  }

  // ---- keys and files

  /** Maps a key to its file, rejecting keys that could leave the root or reach the reserved folders. */
  private Path file(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("key must not be empty");
    }
    if (key.startsWith("/") || key.indexOf('\\') >= 0 || key.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "key '" + key + "' must not start with '/' or contain a backslash or NUL");
    }
    String[] segments = key.split("/", -1);
    for (String segment : segments) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException("key '" + key + "' has an empty, '.' or '..' segment");
      }
    }
    if (segments[0].equals(TMP_DIR) || segments[0].equals(LOCK_DIR)) {
      throw new IllegalArgumentException(
          "key '" + key + "' is under '" + segments[0] + "/', which the store reserves for itself");
    }
    return root.resolve(key);
  }

  /**
   * Checks a listing prefix. Its complete segments (those before the last '/') name the folder that
   * is walked, so they follow the key rules. The last, partial segment only filters names.
   */
  private static void checkLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
  }

  private static void checkPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    boolean bad = prefix.startsWith("/") || prefix.indexOf('\\') >= 0 || prefix.indexOf('\0') >= 0;
    String[] segments = prefix.split("/", -1);
    for (int i = 0; i < segments.length - 1 && !bad; i++) {
      bad = segments[i].isEmpty() || segments[i].equals(".") || segments[i].equals("..");
    }
    if (bad) {
      throw new IllegalArgumentException("prefix '" + prefix
          + "' must not start with '/', contain a backslash or NUL, or have an empty, '.' or '..' folder");
    }
  }

  /** The key of a file under the root: its relative path with '/' separators. */
  private String keyOf(Path file) {
    StringBuilder key = new StringBuilder();
    for (Path name : root.relativize(file)) {
      if (key.length() > 0) {
        key.append('/');
      }
      key.append(name);
    }
    return key.toString();
  }

  /** A content type guessed from the file name, or {@code null}. */
  static String contentTypeOf(String key) {
    String name = key.substring(key.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return "text/html";
    }
    if (name.endsWith(".json")) {
      return "application/json";
    }
    if (name.endsWith(".txt")) {
      return "text/plain";
    }
    if (name.endsWith(".xml")) {
      return "application/atom+xml";
    }
    return null;
  }

  /** The etag of some content: lower-case hex SHA-256, no quotes. */
  static String etag(byte[] bytes) {
    return Hashes.hex(Hashes.sha256(bytes));
  }

  // ---- reading and writing

  private String currentEtag(String key, Path file) {
    try {
      return etag(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new StoreException("cannot read '" + key + "' in " + root + ": " + e, e);
    }
  }

  private static byte[] readFully(FileChannel channel, String key, long size) throws IOException {
    long cap = Integer.MAX_VALUE - 8L; // the largest array a JVM reliably allocates
    if (size > cap) {
      throw new ObjectTooLargeException(key, size, cap);
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // keep reading: a channel may return fewer bytes than asked for
    }
    byte[] bytes = buffer.array();
    return buffer.position() == bytes.length ? bytes : Arrays.copyOf(bytes, buffer.position());
  }

  /**
   * Writes {@code bytes} to a temporary file, forces it to disk, and renames it over {@code file}.
   * The caller holds the key's lock. On failure the temporary file is removed; if even that fails,
   * the failure to remove it is attached to the exception as suppressed.
   */
  private void writeIntoPlace(String key, byte[] bytes, Path file) {
    Path temp = null;
    try {
      temp = Files.createTempFile(tmp, "write-", ".tmp");
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true); // never publish a file whose bytes are not on disk yet
      }
      Files.createDirectories(file.getParent());
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      String why = e instanceof AtomicMoveNotSupportedException
          ? "the file system does not support atomic renames"
          : e.toString();
      StoreException failure = new StoreException("cannot write '" + key + "' in " + root + ": " + why, e);
      removeTemp(temp, failure);
      throw failure;
    }
  }

  private static void removeTemp(Path temp, StoreException failure) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  // ---- locking

  private <T> T withKeyLock(String key, Supplier<T> action) {
    int stripe = stripeOf(key);
    ReentrantLock local = stripes[stripe];
    local.lock();
    try (FileChannel channel = FileChannel.open(locks.resolve(stripeName(stripe)),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      lockFile(channel, key); // released when the channel closes, however the action ends
      return action.get();
    } catch (IOException e) {
      throw new StoreException("cannot lock '" + key + "' in " + root + ": " + e, e);
    } finally {
      local.unlock();
    }
  }

  /**
   * Takes the exclusive lock, blocking while another process holds it. Another {@code LocalStore}
   * on the same folder in this JVM holds its lock through another channel, which the JVM reports as
   * an overlap instead of blocking: wait for that one by polling.
   */
  private static FileLock lockFile(FileChannel channel, String key) throws IOException {
    long pauseMillis = 1;
    while (true) {
      try {
        return channel.lock();
      } catch (OverlappingFileLockException e) {
        try {
          Thread.sleep(pauseMillis);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          StoreException failure = new StoreException("interrupted while waiting to lock '" + key + "'", interrupted);
          failure.addSuppressed(e);
          throw failure;
        }
        pauseMillis = Math.min(pauseMillis * 2, 20);
      }
    }
  }

  /** Which of the {@value #LOCK_STRIPES} locks guards {@code key}: the first byte of its SHA-256. */
  static int stripeOf(String key) {
    return Integer.parseInt(Hashes.hex(Hashes.sha256(key)).substring(0, 2), 16);
  }

  private static String stripeName(int stripe) {
    return String.format(Locale.ROOT, "%02x.lock", stripe);
  }
}
