/**
 * Table sets as data: a {@link org.gongkai.core.template.Template} says which tables a
 * disclosure has, their titles, rows and columns, what each column holds and how tables are
 * numbered. Templates are YAML files under {@code templates/} in the resources; a new province
 * needs a new file, not new Java.
 */
package org.gongkai.core.template;
