/**
 * The portal's search: a Lucene index on disk ({@code GONGKAI_HOME/index}) with one document per
 * stored disclosure version, kept up to date with the store (each import is added as it is stored;
 * versions stored by another process are caught up before a search, by id, since ids only grow).
 * Chinese text is indexed as overlapping character pairs so that any exact substring of two or more
 * characters, a unit's name or a code, is found; each run's last character is also indexed alone,
 * so that a single character is found wherever it stands; quotation marks are left out, so that
 * 三公经费 finds “三公”经费. A hit scores the weights of the parts its words are
 * found in (the unit's name most), so the best hits are found without scoring every match; matches
 * are counted exactly up to 1,000. Hits come with fragments, escaped HTML with the matched words in
 * {@code <mark>}, found in the stored text and naming the part they are in (单位, 项目, 情况说明…).
 * Nothing here knows the web: the portal's page and API use it.
 */
package org.gongkai.app.search;
