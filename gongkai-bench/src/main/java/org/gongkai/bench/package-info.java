/**
 * JMH benchmarks of the core library; figures and the commands that produce them are in
 * BENCHMARKS.md. Benchmarks measure, tests do not: no test asserts a time.
 */
package org.gongkai.bench;
