/**
 * 目标责任书: the items of a township's target letter and how each is scored at year end (年终目责考核) — so far the
 * measures and their points ({@link org.jiceng.target.letter.Measure}); letters, issuing, signing and amendments
 * are to come.
 */
package org.jiceng.target.letter;
