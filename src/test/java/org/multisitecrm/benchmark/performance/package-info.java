/**
 * The performance harness: data of a given size over 100 domains in three levels, the real server
 * started on it, and every everyday call measured over HTTP beside a ceiling that runs the same SQL in
 * the same server; the figures go to {@code docs/performance.md} and its plot. Run with
 * {@code mvn -B verify -Pbenchmark -Dit.test=PerformanceBenchmark}.
 */
package org.multisitecrm.benchmark.performance;
