/**
 * The server ({@code gongkai serve}): a Spring Boot application over the store, with the REST API
 * under {@code /api} and the portal's server-side HTML pages. Only this package starts Spring.
 */
package org.gongkai.app.serve;
