/**
 * The S3 store, through AWS SDK v2 with the JDK's URL-connection HTTP client. Conditional writes are
 * S3's own: {@code If-None-Match: *} to create and {@code If-Match} for compare-and-swap. It works
 * with AWS and with S3-compatible servers (s3proxy, MinIO) through an endpoint override. See
 * {@link dev.newsdesk.store.s3.S3Store}. This is the only package that imports
 * {@code software.amazon.awssdk}.
 */
package dev.newsdesk.store.s3;
