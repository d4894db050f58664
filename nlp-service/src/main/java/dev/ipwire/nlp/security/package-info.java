/**
 * Who may call nlp-service's HTTP endpoints ({@link
 * dev.ipwire.nlp.security.NlpSecurityConfiguration}); the keys are checked by {@code
 * dev.ipwire.security}.
 */
package dev.ipwire.nlp.security;
