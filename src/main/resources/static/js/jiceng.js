// Sends the CSRF token with every htmx request (forms carry it themselves).
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// Behaviour that pages used to carry in on* attributes, here so the CSP can forbid inline script.
// <form data-confirm="…">: asks before submitting.
document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute && event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);
document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('[data-toggle-children], [data-history-back]') : null;
    if (!target) return;
    if (target.hasAttribute('data-history-back')) {
        event.preventDefault();
        window.history.back();
        return;
    }
    // Tree nodes: ▸ opens the children (htmx loads them on the first click), ▾ closes them.
    var kids = document.getElementById(target.getAttribute('data-toggle-children'));
    var open = target.textContent === '▸';
    target.textContent = open ? '▾' : '▸';
    if (kids) kids.classList.toggle('d-none', !open);
});
// A table wider than the screen scrolls sideways: it takes the keyboard focus too, so it can be scrolled without a
// mouse (and a screen reader names it by its caption or heading).
(function () {
    function focusableScrollers() {
        document.querySelectorAll('.table-responsive').forEach(function (box) {
            if (box.scrollWidth > box.clientWidth + 1) {
                box.setAttribute('tabindex', '0');
                if (!box.hasAttribute('aria-label')) {
                    box.setAttribute('role', 'region');
                    box.setAttribute('aria-label', '表格（可左右滑动）');
                }
            }
        });
    }
    document.addEventListener('DOMContentLoaded', focusableScrollers);
    window.addEventListener('resize', focusableScrollers);
    document.addEventListener('htmx:afterSettle', focusableScrollers);
})();
