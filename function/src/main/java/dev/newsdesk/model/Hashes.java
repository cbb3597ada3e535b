package dev.newsdesk.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes in the one spelling used everywhere: {@code sha256:<64 lower-case hex digits>}. */
public final class Hashes {
  private Hashes() {}

  public static String sha256(byte[] bytes) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JRE has SHA-256", e);
    }
  }

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The hex digits of a {@code sha256:} hash, for use in file names. */
  public static String hex(String hash) {
    if (!hash.startsWith("sha256:") || hash.length() != 71) {
      throw new IllegalArgumentException("not a sha256 content hash: '" + hash + "'");
    }
    return hash.substring(7);
  }
}
