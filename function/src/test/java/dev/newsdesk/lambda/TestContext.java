package dev.newsdesk.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A Lambda context for tests: fixed identifiers, and a logger that keeps what was logged. */
final class TestContext implements Context {
  private final List<String> lines = new ArrayList<>();
  private final String requestId;

  TestContext(String requestId) {
    this.requestId = requestId;
  }

  /** Everything logged so far, one entry per {@code log} call. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public String getAwsRequestId() {
    return requestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/newsdesk-test";
  }

  @Override
  public String getLogStreamName() {
    return "2026/11/20/[$LATEST]0123456789abcdef";
  }

  @Override
  public String getFunctionName() {
    return "newsdesk-test";
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:eu-west-1:111122223333:function:newsdesk-test";
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    return 60_000;
  }

  @Override
  public int getMemoryLimitInMB() {
    return 1024;
  }

  @Override
  public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override
      public void log(String message) {
        lines.add(message);
      }

      @Override
      public void log(byte[] message) {
        lines.add(new String(message, StandardCharsets.UTF_8));
      }
    };
  }
}
