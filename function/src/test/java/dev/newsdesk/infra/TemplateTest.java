package dev.newsdesk.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's deployment properties, read from {@code infra/template.yaml} itself (parsed as YAML, with
 * CloudFormation's short tags turned into their long form by {@link CloudFormationYaml}).
 */
class TemplateTest {
  static final Path INFRA = Path.of("..", "infra");
  static final JsonNode TEMPLATE = CloudFormationYaml.read(INFRA.resolve("template.yaml"));
  static final JsonNode RESOURCES = TEMPLATE.get("Resources");
  /** The bucket's name as the template computes it, so nothing needs a reference to the bucket. */
  static final String BUCKET_NAME = "${AWS::StackName}-${AWS::AccountId}-${AWS::Region}";

  private static JsonNode resource(String name) {
    JsonNode r = RESOURCES.get(name);
    assertNotNull(r, "no resource " + name);
    return r;
  }

  private static JsonNode props(String name) {
    return resource(name).get("Properties");
  }

  /** The one resource of a type. */
  private static String only(String type) {
    List<String> found = new ArrayList<>();
    RESOURCES.fields().forEachRemaining(e -> {
      if (e.getValue().path("Type").asText().equals(type)) {
        found.add(e.getKey());
      }
    });
    assertEquals(1, found.size(), "resources of type " + type + ": " + found);
    return found.get(0);
  }

  private static final String FUNCTION = only("AWS::Serverless::Function");
  private static final String BUCKET = only("AWS::S3::Bucket");

  private static boolean isRef(JsonNode node, String logicalId) {
    return node != null && node.isObject() && logicalId.equals(node.path("Ref").asText(null));
  }

  private static boolean isGetAtt(JsonNode node, String logicalId, String attribute) {
    JsonNode getAtt = node == null ? null : node.get("Fn::GetAtt");
    return getAtt != null && getAtt.isArray() && getAtt.get(0).asText().equals(logicalId)
        && getAtt.get(1).asText().equals(attribute);
  }

  // ---- the function

  @Test
  void theFunctionRunsJava21OnArm64WithTheRealHandler() throws Exception {
    JsonNode f = props(FUNCTION);
    assertEquals("java21", f.get("Runtime").asText());
    assertEquals("[\"arm64\"]", f.get("Architectures").toString());
    String handler = f.get("Handler").asText();
    assertTrue(handler.endsWith("::handleRequest"), handler);
    Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
    assertTrue(RequestStreamHandler.class.isAssignableFrom(type), handler + " is a RequestStreamHandler");
    type.getConstructor(); // the runtime needs the no-argument constructor
    assertEquals("../function", f.get("CodeUri").asText());
  }

  @Test
  void snapStartAppliesToPublishedVersionsThroughAnAlias() throws Exception {
    JsonNode f = props(FUNCTION);
    assertEquals("PublishedVersions", f.at("/SnapStart/ApplyOn").asText());
    assertFalse(f.path("AutoPublishAlias").asText().isBlank(), "SnapStart needs published versions");
    // The priming hook the snapshot relies on is a CRaC resource.
    assertTrue(org.crac.Resource.class.isAssignableFrom(Class.forName("dev.newsdesk.lambda.Priming")));
  }

  @Test
  void memoryAndTimeoutAreTheMeasuredChoicesTheReadmeExplains() throws IOException {
    JsonNode f = props(FUNCTION);
    int memory = f.get("MemorySize").asInt();
    int timeout = f.get("Timeout").asInt();
    assertTrue(memory >= 128 && memory <= 10240, "memory " + memory);
    assertTrue(timeout >= 1 && timeout <= 900, "timeout " + timeout);
    String readme = Files.readString(INFRA.resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Memory and timeout");
    assertTrue(section >= 0, "infra/README.md explains the choice under '## Memory and timeout'");
    String text = readme.substring(section);
    assertTrue(text.contains(memory + " MB"), "the README gives the memory, " + memory + " MB");
    assertTrue(text.contains(timeout + " s"), "the README gives the timeout, " + timeout + " s");
    assertTrue(text.contains("DeskBench"), "the README names the benchmark the figures come from");
  }

  @Test
  void reservedConcurrencyIsLowAndSaysWhy() throws IOException {
    JsonNode f = props(FUNCTION);
    int reserved = f.get("ReservedConcurrentExecutions").asInt();
    assertTrue(reserved >= 1 && reserved <= 2, "one index has one writer at a time; reserved " + reserved);
    JsonNode scaling = sqsEvent().at("/Properties/ScalingConfig/MaximumConcurrency");
    assertTrue(scaling.isMissingNode() || scaling.asInt() <= reserved,
        "the pollers must not invoke more copies than are reserved, or throttled deliveries count as receives");
    List<String> comment = commentAbove("ReservedConcurrentExecutions:");
    assertTrue(String.join(" ", comment).contains("writer"), "the reason is written above it: " + comment);
  }

  // ---- delivery

  private static JsonNode sqsEvent() {
    List<JsonNode> sqs = new ArrayList<>();
    props(FUNCTION).get("Events").forEach(e -> {
      if (e.get("Type").asText().equals("SQS")) {
        sqs.add(e);
      }
    });
    assertEquals(1, sqs.size(), "one SQS event source");
    return sqs.get(0);
  }

  @Test
  void theQueueFeedsTheFunctionInBatchesWithPartialBatchFailures() {
    JsonNode event = sqsEvent().get("Properties");
    String queue = event.get("Queue").get("Fn::GetAtt").get(0).asText();
    assertEquals("AWS::SQS::Queue", resource(queue).get("Type").asText());
    int batch = event.get("BatchSize").asInt();
    assertTrue(batch > 1 && batch <= 10_000, "batching: " + batch);
    assertTrue(event.get("FunctionResponseTypes").toString().contains("ReportBatchItemFailures"));
    assertEquals(1, props(FUNCTION).get("Events").size(), "the queue is the only trigger");
  }

  @Test
  void theVisibilityTimeoutIsAtLeastSixTimesTheFunctionTimeout() {
    String queue = sqsEvent().at("/Properties/Queue/Fn::GetAtt/0").asText();
    int visibility = props(queue).get("VisibilityTimeout").asInt();
    int timeout = props(FUNCTION).get("Timeout").asInt();
    assertTrue(visibility >= 6 * timeout, visibility + " s < 6 x " + timeout + " s");
  }

  @Test
  void failedMessagesGoToADeadLetterQueueWithAnAlarm() {
    String queue = sqsEvent().at("/Properties/Queue/Fn::GetAtt/0").asText();
    JsonNode redrive = props(queue).get("RedrivePolicy");
    JsonNode target = redrive.get("deadLetterTargetArn");
    String dlq = target.get("Fn::GetAtt").get(0).asText();
    assertTrue(isGetAtt(target, dlq, "Arn"));
    assertEquals("AWS::SQS::Queue", resource(dlq).get("Type").asText());
    assertTrue(redrive.get("maxReceiveCount").asInt() >= 5, "Lambda recommends at least 5 receives");
    assertTrue(props(dlq).get("MessageRetentionPeriod").asInt() > props(queue).path("MessageRetentionPeriod")
        .asInt(345_600), "the dead letters outlive the messages they were");

    JsonNode alarm = props(only("AWS::CloudWatch::Alarm"));
    assertEquals("AWS/SQS", alarm.get("Namespace").asText());
    assertEquals("ApproximateNumberOfMessagesVisible", alarm.get("MetricName").asText());
    JsonNode dimension = alarm.get("Dimensions").get(0);
    assertEquals("QueueName", dimension.get("Name").asText());
    assertTrue(isGetAtt(dimension.get("Value"), dlq, "QueueName"), "the alarm watches the dead-letter queue");
    assertEquals(0, alarm.get("Threshold").asInt());
    assertEquals("GreaterThanThreshold", alarm.get("ComparisonOperator").asText());
  }

  @Test
  void onlyTheInputPrefixTriggersSoOutputsCannotTriggerAgain() {
    JsonNode notifications = props(BUCKET).get("NotificationConfiguration");
    List<String> kinds = new ArrayList<>();
    notifications.fieldNames().forEachRemaining(kinds::add);
    assertEquals(List.of("QueueConfigurations"), kinds, "the bucket notifies the queue only");
    JsonNode configs = notifications.get("QueueConfigurations");
    assertEquals(1, configs.size());
    JsonNode config = configs.get(0);
    assertTrue(config.get("Event").asText().startsWith("s3:ObjectCreated:"));
    JsonNode rules = config.at("/Filter/S3Key/Rules");
    assertEquals(1, rules.size());
    assertEquals("prefix", rules.get(0).get("Name").asText());
    assertTrue(isRef(rules.get(0).get("Value"), "ArticlesPrefix"), rules.toString());

    JsonNode parameters = TEMPLATE.get("Parameters");
    String articles = parameters.at("/ArticlesPrefix/Default").asText();
    for (String output : List.of("DeskPrefix", "PublicPrefix")) {
      String prefix = parameters.at("/" + output + "/Default").asText();
      assertFalse(prefix.startsWith(articles) || articles.startsWith(prefix), output + " overlaps the input prefix");
    }
    assertTrue(isGetAtt(config.get("Queue"), sqsEvent().at("/Properties/Queue/Fn::GetAtt/0").asText(), "Arn"));
  }

  @Test
  void theBucketNameIsComputedSoNothingDependsInACircle() {
    JsonNode name = props(BUCKET).get("BucketName");
    assertEquals(BUCKET_NAME, name.get("Fn::Sub").asText(), "a name from the stack, not from the resource");
    String queuePolicy = only("AWS::SQS::QueuePolicy");
    assertTrue(resource(BUCKET).get("DependsOn").toString().contains(queuePolicy),
        "S3 checks the queue policy when it creates the notification");
    assertFalse(references(resource(queuePolicy)).contains(BUCKET), "the queue policy names the bucket by name");
    assertTrue(props(queuePolicy).toString().contains("arn:${AWS::Partition}:s3:::" + BUCKET_NAME));
    String role = props(FUNCTION).get("Role").get("Fn::GetAtt").get(0).asText();
    assertFalse(references(resource(role)).contains(BUCKET),
        "the role names the bucket by name, so a direct S3 trigger adds no cycle either");
    assertEquals(List.of(), cycles(), "the resources' dependencies form no cycle");
  }

  // ---- IAM

  @Test
  void theFunctionsPermissionsAreScopedToTheBucketPrefixesWithoutWildcardActions() {
    JsonNode f = props(FUNCTION);
    assertFalse(f.has("Policies"), "no SAM policy templates or managed policies on the function");
    String role = f.get("Role").get("Fn::GetAtt").get(0).asText();
    JsonNode roleProps = props(role);
    assertFalse(roleProps.has("ManagedPolicyArns"), "no managed policy (they name every resource)");

    Map<String, Set<String>> s3ActionsByPrefix = new TreeMap<>();
    for (JsonNode policy : roleProps.get("Policies")) {
      for (JsonNode statement : policy.at("/PolicyDocument/Statement")) {
        assertEquals("Allow", statement.get("Effect").asText());
        List<String> actions = strings(statement.get("Action"));
        for (String action : actions) {
          assertFalse(action.contains("*"), "wildcard action " + action);
        }
        for (JsonNode resource : list(statement.get("Resource"))) {
          String arn = resource.has("Fn::Sub") ? resource.get("Fn::Sub").asText() : resource.toString();
          assertFalse(arn.equals("*") || arn.equals("\"*\""), "a statement names every resource: " + statement);
          if (!actions.get(0).startsWith("s3:")) {
            continue;
          }
          String bucketArn = "arn:${AWS::Partition}:s3:::" + BUCKET_NAME;
          assertTrue(arn.startsWith(bucketArn), "S3 access outside the bucket: " + arn);
          String rest = arn.substring(bucketArn.length());
          if (actions.contains("s3:ListBucket")) {
            assertEquals("", rest, "ListBucket is granted on the bucket");
            List<String> prefixes = strings(statement.at("/Condition/StringLike/s3:prefix"));
            assertEquals(3, prefixes.size(), "listing only under the three prefixes: " + prefixes);
          } else {
            Matcher m = Pattern.compile("/\\$\\{(ArticlesPrefix|DeskPrefix|PublicPrefix)}\\*").matcher(rest);
            assertTrue(m.matches(), "object access only under a prefix: " + arn);
            s3ActionsByPrefix.computeIfAbsent(m.group(1), k -> new TreeSet<>()).addAll(actions);
          }
        }
      }
    }
    assertEquals(Set.of("s3:GetObject"), s3ActionsByPrefix.get("ArticlesPrefix"), "the input is read-only");
    assertEquals(Set.of("s3:GetObject", "s3:PutObject"), s3ActionsByPrefix.get("DeskPrefix"));
    assertEquals(Set.of("s3:GetObject", "s3:PutObject"), s3ActionsByPrefix.get("PublicPrefix"));
  }

  @Test
  void noAllowStatementAnywhereHasAWildcardAction() {
    List<String> wildcards = new ArrayList<>();
    forEachStatement(TEMPLATE, statement -> {
      if (statement.path("Effect").asText().equals("Allow")) {
        strings(statement.get("Action")).stream().filter(a -> a.contains("*")).forEach(wildcards::add);
      }
    });
    assertEquals(List.of(), wildcards);
  }

  // ---- the site

  @Test
  void thePublicPrefixIsServedByCloudFrontWithOriginAccessControl() {
    JsonNode distribution = props(only("AWS::CloudFront::Distribution")).get("DistributionConfig");
    String oac = only("AWS::CloudFront::OriginAccessControl");
    JsonNode oacConfig = props(oac).get("OriginAccessControlConfig");
    assertEquals("s3", oacConfig.get("OriginAccessControlOriginType").asText());
    assertEquals("always", oacConfig.get("SigningBehavior").asText());
    assertEquals("sigv4", oacConfig.get("SigningProtocol").asText());

    JsonNode origin = distribution.get("Origins").get(0);
    assertEquals(1, distribution.get("Origins").size());
    assertTrue(isGetAtt(origin.get("DomainName"), BUCKET, "RegionalDomainName"));
    assertTrue(isGetAtt(origin.get("OriginAccessControlId"), oac, "Id"));
    assertEquals("", origin.at("/S3OriginConfig/OriginAccessIdentity").asText("x"), "no legacy OAI");
    assertTrue(origin.get("OriginPath").toString().contains("PublicPrefix"), "the site's root is the public prefix");
    assertEquals("redirect-to-https", distribution.at("/DefaultCacheBehavior/ViewerProtocolPolicy").asText());
    assertEquals("index.html", distribution.get("DefaultRootObject").asText());

    JsonNode block = props(BUCKET).get("PublicAccessBlockConfiguration");
    block.fields().forEachRemaining(e -> assertTrue(e.getValue().asBoolean(), e.getKey()));
    assertEquals(4, block.size(), "the bucket itself stays private");
    List<JsonNode> cloudFront = new ArrayList<>();
    for (JsonNode s : props(only("AWS::S3::BucketPolicy")).at("/PolicyDocument/Statement")) {
      if (s.path("Effect").asText().equals("Allow")) {
        cloudFront.add(s);
      }
    }
    assertEquals(1, cloudFront.size(), "one grant in the bucket policy");
    JsonNode grant = cloudFront.get(0);
    assertEquals("cloudfront.amazonaws.com", grant.at("/Principal/Service").asText());
    assertEquals(List.of("s3:GetObject"), strings(grant.get("Action")));
    assertTrue(grant.get("Resource").toString().endsWith("/${PublicPrefix}*\"}"), "only the public prefix");
    assertTrue(grant.at("/Condition/StringEquals/AWS:SourceArn").toString().contains("SiteDistribution"),
        "only this distribution");
  }

  // ---- helpers

  /** The comment lines right above the line that starts (after indentation) with {@code key}. */
  private static List<String> commentAbove(String key) throws IOException {
    List<String> lines = Files.readAllLines(INFRA.resolve("template.yaml"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith(key)) {
        List<String> comment = new ArrayList<>();
        for (int j = i - 1; j >= 0 && lines.get(j).strip().startsWith("#"); j--) {
          comment.add(0, lines.get(j).strip().substring(1).strip());
        }
        return comment;
      }
    }
    fail("no line " + key);
    return List.of();
  }

  private static List<JsonNode> list(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(out::add);
    } else {
      out.add(node);
    }
    return out;
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    list(node).forEach(n -> out.add(n.has("Fn::Sub") ? n.get("Fn::Sub").asText() : n.asText()));
    return out;
  }

  private static void forEachStatement(JsonNode node, java.util.function.Consumer<JsonNode> action) {
    if (node.isObject()) {
      if (node.has("Statement") && node.get("Statement").isArray()) {
        node.get("Statement").forEach(action);
      }
      node.forEach(child -> forEachStatement(child, action));
    } else if (node.isArray()) {
      node.forEach(child -> forEachStatement(child, action));
    }
  }

  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9]+)(?:\\.[A-Za-z0-9.]+)?}");

  /**
   * The logical ids of resources a node refers to: {@code Ref}, {@code Fn::GetAtt}, the variables of
   * {@code Fn::Sub} (except those its own map defines), and {@code DependsOn}.
   */
  static Set<String> references(JsonNode node) {
    Set<String> found = new LinkedHashSet<>();
    collect(node, found);
    found.retainAll(resourceIds());
    return found;
  }

  private static void collect(JsonNode node, Set<String> found) {
    if (node.isArray()) {
      node.forEach(child -> collect(child, found));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      switch (e.getKey()) {
        case "Ref" -> found.add(v.asText());
        case "Fn::GetAtt" -> found.add(v.get(0).asText());
        case "DependsOn" -> list(v).forEach(d -> found.add(d.asText()));
        case "Fn::Sub" -> {
          String text = v.isArray() ? v.get(0).asText() : v.asText();
          Set<String> local = new HashSet<>();
          if (v.isArray() && v.size() > 1) {
            v.get(1).fieldNames().forEachRemaining(local::add);
            collect(v.get(1), found);
          }
          Matcher m = SUB_VARIABLE.matcher(text);
          while (m.find()) {
            if (!local.contains(m.group(1))) {
              found.add(m.group(1));
            }
          }
        }
        default -> collect(v, found);
      }
    }
  }

  private static Set<String> resourceIds() {
    Set<String> ids = new TreeSet<>();
    RESOURCES.fieldNames().forEachRemaining(ids::add);
    return ids;
  }

  /** Dependency cycles among the resources, each as the path that closes it; empty when there are none. */
  static List<List<String>> cycles() {
    Map<String, Set<String>> edges = new TreeMap<>();
    RESOURCES.fields().forEachRemaining(e -> edges.put(e.getKey(), references(e.getValue())));
    List<List<String>> cycles = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (String start : edges.keySet()) {
      walk(start, edges, new ArrayList<>(), done, cycles);
    }
    return cycles;
  }

  private static void walk(String node, Map<String, Set<String>> edges, List<String> path, Set<String> done,
      List<List<String>> cycles) {
    if (path.contains(node)) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
      cycle.add(node);
      cycles.add(cycle);
      return;
    }
    if (done.contains(node)) {
      return;
    }
    path.add(node);
    for (String next : edges.getOrDefault(node, Set.of())) {
      walk(next, edges, path, done, cycles);
    }
    path.remove(path.size() - 1);
    done.add(node);
  }
}
