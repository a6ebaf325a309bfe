package org.multisitecrm.benchmark.performance;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One everyday call: as a client makes it to the API ({@code params} for run {@code n}), and as the
 * ceiling endpoint {@code /ceiling/<name>} runs its SQL (the values for run {@code n}).
 */
record MeasuredCall(String name, String label, String host, String key, String action, IntFunction<String> params,
                    IntFunction<List<Object>> ceilingValues) {
}
