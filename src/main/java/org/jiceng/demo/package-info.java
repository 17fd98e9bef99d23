/**
 * Demo and scale data: the demo county of the seed (中共凤翔县委 and its four townships), loaded once by the build and
 * copied into place on the first start of the embedded default ({@code snapshot}; loaded on that start when the
 * snapshot does not fit it), and a generator that fills a database at county or province scale for benchmarks.
 * Seeds tables of other modules directly with batched SQL — the one place allowed to, because it runs before any
 * user exists.
 */
package org.jiceng.demo;
