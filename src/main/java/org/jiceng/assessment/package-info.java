/**
 * 考核 (assessment): the scoring engine, 考核方案, campaigns (考核评定) through the review chain, township targets,
 * 评选表彰 of model members and the metric inputs indicators take. One sub-package per capability ({@code engine},
 * {@code scheme}, {@code campaign}, {@code target}, {@code commendation}, {@code metric}); the root keeps what they share
 * (the role expressions) and what the module publishes beside them (the metrics, the workbench's tasks).
 */
package org.jiceng.assessment;
