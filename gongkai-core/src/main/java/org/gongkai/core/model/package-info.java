/**
 * The model of a disclosure: exact {@link org.gongkai.core.model.Money} with its unit and the
 * place it was published, classification codes and their trees, the facts the tables are views
 * of, and a {@link org.gongkai.core.model.Disclosure} with every part a published document has.
 * Immutable records; depends on nothing else in gongkai.
 */
package org.gongkai.core.model;
