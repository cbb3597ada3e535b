package dev.newsdesk.model;

/** What the extract stage makes of one raw document: an {@link Article} or a {@link Rejection}. */
public sealed interface ExtractResult permits Article, Rejection {
  /** The store key of the document this result is about. */
  String key();
}
