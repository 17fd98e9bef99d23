/** Printable PDFs in Chinese: a small document builder over OpenPDF with the embedded WenQuanYi Micro Hei font. */
package org.jiceng.shared.pdf;
