package dev.newsdesk.desk;

import dev.newsdesk.model.Rejection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one desk run did, for logs, metrics and the CLI's summary.
 *
 * @param seen           keys the run was asked to process, in the order given
 * @param swept          keys the run took besides those: inputs nobody had processed yet in the same
 *                       folders (see {@link DeskConfig#sweepScan()}), sorted
 * @param ignored        keys outside the input prefix (or the desk's own outputs), skipped
 * @param accepted       keys whose article is now in a story (including keys already processed earlier
 *                       and swept keys)
 * @param rejected       documents that are not usable articles; recorded in the desk state
 * @param failed         keys that failed for a transient reason (e.g. the store was unavailable); retry them
 * @param storiesCreated ids of stories this run opened
 * @param storiesUpdated ids of stories whose published document changed (new version)
 * @param storiesMerged  ids of stories merged into another this run
 * @param retries        compare-and-swap retries of the desk index
 * @param millisPerStage wall time per stage name
 */
public record DeskReport(
    List<String> seen,
    List<String> swept,
    List<String> ignored,
    List<String> accepted,
    List<Rejection> rejected,
    Map<String, String> failed,
    List<String> storiesCreated,
    List<String> storiesUpdated,
    List<String> storiesMerged,
    int retries,
    Map<String, Long> millisPerStage) {
  public DeskReport {
    seen = List.copyOf(seen);
    swept = List.copyOf(swept);
    ignored = List.copyOf(ignored);
    accepted = List.copyOf(accepted);
    rejected = List.copyOf(rejected);
    failed = Map.copyOf(Objects.requireNonNull(failed, "failed"));
    storiesCreated = List.copyOf(storiesCreated);
    storiesUpdated = List.copyOf(storiesUpdated);
    storiesMerged = List.copyOf(storiesMerged);
    millisPerStage = Map.copyOf(millisPerStage);
  }
}
