/**
 * CAT rules on the 政府购买服务指导性目录: codes well formed and at their level, parents listed,
 * names present, one name for a national code, no stray spaces.
 */
package org.gongkai.core.check.catalogue;
