/**
 * The local web server for the reader's site: {@code newsdesk serve} and the end of {@code newsdesk
 * demo}. It serves the static site (from a folder, or from the jar's {@code /site/}) and the desk's
 * public documents ({@code index.json}, {@code stories/<id>.json}, {@code feed.xml}) from one root, so
 * the site works the same on a laptop as on S3 or CloudFront.
 *
 * <p>JDK only: the server is {@code com.sun.net.httpserver} (module {@code jdk.httpserver}). It binds
 * to the loopback address by default, answers GET and HEAD only, lists no directories and refuses any
 * path that could leave its roots.
 */
package dev.newsdesk.serve;
