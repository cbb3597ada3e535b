/**
 * The command line: {@code newsdesk ingest | demo | status}. Every feature of the desk runs from here
 * on a local folder, and on any S3-compatible bucket with {@code --store s3://bucket[/prefix]}.
 *
 * <p>Exit codes: 0 ok, 1 some items failed or were rejected, 2 bad usage. Errors go to stderr and
 * name the file and the reason.
 */
package dev.newsdesk.cli;
