package org.jiceng.target.supervision;

/**
 * Who acts on an item: the org that registered it (it assigns, chases, reviews, grants extensions and strikes off),
 * the lead unit (it reports back and asks for more time; an officer between the registering org and the lead may
 * act for a lead without an account), or anyone else in scope (reads only).
 */
enum Party {
    REGISTRAR, LEAD, READER
}
