package org.strategypress.export;

import java.time.Instant;

/** Which draft an export describes: version, short commit (may be empty) and date. */
public record ExportInfo(String version, String commit, Instant date) {
}
