/**
 * The Lambda adapter. It takes S3 notifications directly, through SQS, or through EventBridge,
 * turns them into object keys, and runs the desk on them. It writes one JSON log line and one
 * CloudWatch metrics (EMF) line per invocation.
 *
 * <p>{@link dev.newsdesk.lambda.Handler} is the entry point. It is the only class that imports
 * {@code com.amazonaws.services.lambda.runtime}. {@link dev.newsdesk.lambda.EventParser} reads the
 * event shapes and needs neither Lambda nor a store, so the files in {@code events/} test it
 * directly. The package may import {@code desk}, {@code store}, {@code store.s3}, {@code model},
 * Jackson and {@code org.crac}.
 *
 * <p>{@link dev.newsdesk.lambda.Priming} is the SnapStart hook: registered by the handler's
 * constructor, it runs the whole pipeline on the bundled samples over a
 * {@link dev.newsdesk.lambda.MemoryStore} before the snapshot. {@link dev.newsdesk.lambda.Handler#handle}
 * is an invocation without the Lambda runtime, for priming, benchmarks and other hosts.
 */
package dev.newsdesk.lambda;
