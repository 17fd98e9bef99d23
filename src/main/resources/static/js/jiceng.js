// Sends the CSRF token with every htmx request (forms carry it themselves).
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
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
