/**
 * Publish stage: turns stories and the desk state into the documents other programs read — the
 * public story documents, the public index and Atom feed (the contract with the site, pinned by the
 * JSON Schemas in {@code /schema}), and the desk's own state documents.
 *
 * <p>Output is byte-stable: fields in a fixed order, maps sorted by key, "\n" line ends, no
 * locale-dependent formatting. Jackson is used here and in {@code lambda} only.
 */
package dev.newsdesk.publish;
