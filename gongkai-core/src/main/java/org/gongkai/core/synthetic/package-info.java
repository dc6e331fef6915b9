/**
 * Synthetic disclosures: valid, varied, reproducible budget disclosures of made-up units, for
 * load tests of the portal and for property tests. {@link org.gongkai.core.synthetic.SyntheticUnits}
 * draws a unit's figures from a seed (region, department, functional codes from the bundled
 * classification, economic items, funding sources, projects, 三公经费, 机关运行经费) and composes
 * them, year after year, into disclosures whose tables pass every table rule and whose 情况说明 is
 * written from the figures with last year's figures and reasons supplied.
 * Example: {@code new SyntheticUnits(42).disclosures(0, 2024, 2)} gives unit 0's 2024 and 2025
 * budget disclosures, the same on every run.
 */
package org.gongkai.core.synthetic;
