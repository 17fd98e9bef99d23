/** 调训: county courses held as 上级调训 sessions, with seats, township quotas, selection and completion. */
package org.jiceng.training.course;
