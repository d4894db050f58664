/**
 * The events IPWire's services exchange on Kafka (schema version 1), as plain records.
 *
 * <p>Rules: fields are only ever added, never renamed or removed; readers ignore fields they do not
 * know; an optional field that is missing reads as {@code null} (lists read as empty). This package
 * holds no Spring code and no logic beyond null-safe construction.
 */
package dev.ipwire.contracts;
