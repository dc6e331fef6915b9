/**
 * The store: disclosures in PostgreSQL (embedded by default, data under {@code GONGKAI_HOME}, or an
 * external server), schema by Flyway. Every import keeps the original file first, then reads,
 * checks and stores metadata, facts and findings in one transaction; the same content twice is one
 * version, changed content for the same unit, year and kind is the next version. Plain JDBC through
 * Spring's {@code JdbcClient}, usable with or without a Spring application context.
 */
package org.gongkai.app.store;
