/** 考核数据: the metrics page and {@code /api/v1/metrics}, the figures of every metric for the orgs under one. */
package org.jiceng.assessment.metric;
