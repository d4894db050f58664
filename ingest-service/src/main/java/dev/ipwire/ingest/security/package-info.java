/**
 * Who may call ingest-service: the API-key role of every path ({@link
 * dev.ipwire.ingest.security.IngestSecurityConfiguration}) and the per-key rate limit on
 * submissions ({@link dev.ipwire.ingest.security.SubmissionRateLimiter}).
 */
package dev.ipwire.ingest.security;
