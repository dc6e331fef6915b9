/**
 * Open data for researchers: the facts of a disclosure as one CSV table
 * ({@link org.gongkai.core.write.opendata.FactCsvWriter}), and a Fiscal Data Package descriptor
 * that says what each column means ({@link org.gongkai.core.write.opendata.FiscalDataPackageWriter}).
 * The whole model as JSON is {@link org.gongkai.core.write.DisclosureJsonWriter}. Documented in
 * {@code docs/open-data-format.md}.
 */
package org.gongkai.core.write.opendata;
