/**
 * Composes a disclosure from facts: the template's tables projected from the fact set.
 * {@link org.gongkai.core.compose.TableProjector} prints every table of a
 * {@link org.gongkai.core.template.Template} from a {@link org.gongkai.core.model.FactSet}, the
 * direction opposite to {@link org.gongkai.core.read.FactExtractor}.
 * Example: the facts a unit typed into its workbook give 表一 … 表十三 of its 2024 budget.
 */
package org.gongkai.core.compose;
