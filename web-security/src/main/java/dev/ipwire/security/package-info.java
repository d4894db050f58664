/**
 * API keys with roles for the services' HTTP APIs, on Spring Security.
 *
 * <p>A client sends its key in the {@code X-API-Key} header. Each role ({@link
 * dev.ipwire.security.ApiRole}) has one key, configured by {@link
 * dev.ipwire.security.ApiKeyProperties}; the admin key holds every role. A role whose key is not
 * configured is open to everyone, except {@link dev.ipwire.security.ApiRole#ADMIN}, which is always
 * keyed. Each service declares which role every path needs with {@link
 * dev.ipwire.security.ApiAccess} in its own {@code SecurityFilterChain}; refusals are RFC 9457
 * problem+json from {@link dev.ipwire.security.ApiKeyProblems}.
 */
package dev.ipwire.security;
