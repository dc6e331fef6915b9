/**
 * TBL rules: rows and code hierarchies add up, and the tables agree with each other as the
 * identities of DOMAIN.md §5 say, each under its stated condition; differences rounding explains
 * are reported as INFO.
 */
package org.gongkai.core.check.table;
