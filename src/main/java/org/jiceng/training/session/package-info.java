/** 培训登记: training sessions, who attended them (or was absent and why), sign-in sheets and the session list's exports. */
package org.jiceng.training.session;
