package org.strategypress.pipeline;

import java.time.Instant;

/**
 * Which draft this is: the version (strategy.yaml, else git, else 0.0.0-dev), the short commit and the date
 * the outputs carry. {@code date} is SOURCE_DATE_EPOCH when set, else the last commit's date, else now.
 */
public record BuildInfo(String version, String commit, Instant date) {
}
