/**
 * Reads the 预算管理一体化 platform's Excel export through a mapping: which export sheet fills
 * which template table, which column label is which template column, which row label is which
 * fixed line. A province's different export layout is a new mapping file under
 * {@code platform/} in the core's resources, not new code (see {@code docs/platform-import.md}).
 * Example: {@code new PlatformExportReader().read(bytes, "柳林县人社局2024预算.xlsx")} gives the
 * 13 tables of template shanxi-unit-budget-2024 and their facts, each cell placed as
 * "2.17单位支出总表!C12".
 */
package org.gongkai.core.platform;
