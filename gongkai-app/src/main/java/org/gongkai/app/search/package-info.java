/**
 * The portal's search: a Lucene index on disk ({@code GONGKAI_HOME/index}) with one document per
 * stored disclosure version, kept up to date with the store (each import is added as it is stored;
 * versions stored by another process are caught up before a search, by id, since ids only grow).
 * Chinese text is indexed twice: as words (smartcn) for ranking, and as overlapping character pairs
 * so that any exact substring of two or more characters, a unit's name or a code, is found. Hits come
 * with fragments, escaped HTML with the matched words in {@code <mark>}, naming the part they are in
 * (单位, 项目, 情况说明…). Nothing here knows the web: the portal's page and API use it.
 */
package org.gongkai.app.search;
