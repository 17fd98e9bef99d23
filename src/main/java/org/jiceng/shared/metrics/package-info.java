/** The metric SPI: modules publish figures per org and year that assessment indicators can take as inputs. */
package org.jiceng.shared.metrics;
