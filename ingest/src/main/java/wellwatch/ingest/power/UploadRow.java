package wellwatch.ingest.power;

import wellwatch.contract.power.PowerVerdict;

/**
 * One row of an upload as parsed: where it is (CSV: the line it starts on, header = line 1; JSON: the
 * 0-based array index) and the decoded reading or why it could not be decoded.
 */
public record UploadRow(int position, PowerVerdict verdict) {}
