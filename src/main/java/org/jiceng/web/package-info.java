/** Web: the page layout, the sign-in page, the home dashboard and one place that turns errors into pages or ProblemDetails. */
package org.jiceng.web;
