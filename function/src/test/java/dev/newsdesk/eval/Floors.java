package dev.newsdesk.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Quality floors pinned in {@code /quality/<name>-floor.properties}; they only ever move up. */
public final class Floors {
  private final Properties values = new Properties();
  private final String resource;

  public Floors(String name) {
    this.resource = "/quality/" + name + "-floor.properties";
    try (InputStream in = Floors.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      values.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The floor for {@code key}, in percent. */
  public double get(String key) {
    String v = values.getProperty(key);
    if (v == null) {
      throw new IllegalStateException(resource + " has no floor for " + key);
    }
    return Double.parseDouble(v);
  }
}
