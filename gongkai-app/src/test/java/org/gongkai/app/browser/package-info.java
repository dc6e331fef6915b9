/**
 * Browser tests: the portal as a reader uses it, in a real headless Chromium (Selenium), with
 * screenshots of each step in target/screenshots.
 */
package org.gongkai.app.browser;
