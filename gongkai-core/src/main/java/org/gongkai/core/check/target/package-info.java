/**
 * PERF rules on the 项目支出绩效目标表: one for every project, money equal to the project table
 * and adding up by source, one-year projects alike in both periods, indicators complete and not
 * repeated, dates valid, one department code.
 */
package org.gongkai.core.check.target;
