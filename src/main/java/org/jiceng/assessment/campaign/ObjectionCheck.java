package org.jiceng.assessment.campaign;

import java.security.SecureRandom;

import jakarta.servlet.http.HttpSession;

/**
 * The human check before an anonymous objection: a small sum written into the page by the server (no script, so it
 * works under the strict CSP and on any phone), its answer kept in the visitor's session and good for one try.
 */
final class ObjectionCheck {

    static final String WRONG = "验证题答案不正确，请重新计算后提交";
    private static final String ANSWER = "jiceng.objectionCheck";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ObjectionCheck() {
    }

    /** A new question for the session; the previous one no longer counts. */
    static String ask(HttpSession session) {
        int a = 1 + RANDOM.nextInt(9);
        int b = 1 + RANDOM.nextInt(9);
        session.setAttribute(ANSWER, a + b);
        return a + " 加 " + b + " 等于几？";
    }

    /** Whether the answer is the one to the session's question; the question is used up either way. */
    static boolean passes(HttpSession session, String answer) {
        Object expected = session.getAttribute(ANSWER);
        session.removeAttribute(ANSWER);
        return expected != null && answer != null && answer.strip().equals(expected.toString());
    }
}
