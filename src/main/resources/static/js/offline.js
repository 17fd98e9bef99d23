// Record now, send later. A meeting record submitted without network is kept on the phone (localStorage) with a key
// of its own, shown as 待发送, and sent when the network returns; the server records a key once, so a repeat never makes
// a second record. The server's answer comes back to the person: sent (with a link), or not accepted (with the
// reasons, to correct and send again). Nothing is dropped unless the person deletes it. All text goes in by
// textContent into cloned <template> markup.
(function () {
    'use strict';

    var STORE = 'jiceng.outbox';
    var userMeta = document.querySelector('meta[name="jiceng-user"]');
    var user = userMeta ? userMeta.content : null;
    if (!user) {
        return;
    }

    function all() {
        try {
            return JSON.parse(localStorage.getItem(STORE)) || [];
        } catch (e) {
            return [];
        }
    }

    function store(items) {
        localStorage.setItem(STORE, JSON.stringify(items));
    }

    function update(key, change) {
        store(all().map(function (item) { return item.key === key ? Object.assign(item, change) : item; }));
    }

    function remove(key) {
        store(all().filter(function (item) { return item.key !== key; }));
    }

    function newKey() {
        var bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
    }

    function mine() {
        return all().filter(function (item) { return item.user === user; });
    }

    // ---- the outbox, shown on every page of its owner
    var STATES = {pending: '待发送', sending: '正在发送', rejected: '未被接受', sent: '已发送'};

    function render() {
        var box = document.getElementById('outbox');
        var list = document.getElementById('outbox-list');
        var template = document.getElementById('outbox-item');
        if (!box || !list || !template) {
            return;
        }
        var items = mine();
        list.replaceChildren();
        items.forEach(function (item) {
            var row = template.content.firstElementChild.cloneNode(true);
            row.dataset.key = item.key;
            row.querySelector('.outbox-state').textContent = STATES[item.status] || item.status;
            row.querySelector('.outbox-state').classList.add(item.status === 'sent' ? 'text-bg-success'
                : item.status === 'rejected' ? 'text-bg-danger' : 'text-bg-warning');
            row.querySelector('.outbox-label').textContent = item.label;
            row.querySelector('.outbox-problem').textContent = item.problem || '';
            var link = row.querySelector('.outbox-link');
            if (item.status === 'sent') {
                link.href = item.result;
                link.textContent = '查看';
            } else if (item.status === 'rejected') {
                link.href = item.action + '/new?org=' + encodeURIComponent(field(item, 'orgId')) + '&outbox=' + item.key;
                link.textContent = '修改后重新发送';
            } else {
                link.remove();
            }
            var drop = row.querySelector('.outbox-drop');
            if (item.status === 'sent') {
                drop.textContent = '知道了';
            }
            drop.addEventListener('click', function () {
                if (item.status === 'sent' || window.confirm('删除这条未发送的记录？删除后无法恢复。')) {
                    remove(item.key);
                    render();
                }
            });
            list.appendChild(row);
        });
        box.hidden = items.length === 0;
    }

    function field(item, name) {
        var found = item.fields.filter(function (f) { return f[0] === name; })[0];
        return found ? found[1] : '';
    }

    // ---- sending, one at a time, when there is network
    var sending = false;

    function csrf() {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        return token && header ? {header: header.content, token: token.content} : null;
    }

    function send(item) {
        var body = new URLSearchParams();
        item.fields.forEach(function (f) { body.append(f[0], f[1]); });
        body.set('clientKey', item.key);
        var headers = {};
        var token = csrf();
        if (token) {
            body.set('_csrf', token.token);
            headers[token.header] = token.token;
        }
        update(item.key, {status: 'sending'});
        return fetch(item.action, {method: 'POST', body: body, headers: headers, credentials: 'same-origin'})
            .then(function (response) {
                var path = new URL(response.url).pathname;
                if (response.redirected && /\/training\/meetings\/\d+$/.test(path)) {
                    update(item.key, {status: 'sent', result: path, problem: null});
                } else if (path === '/login') {
                    update(item.key, {status: 'pending', problem: '登录已过期：请重新登录，登录后自动发送'});
                } else {
                    return response.text().then(function (html) {
                        update(item.key, {status: 'rejected', problem: reasons(html, response.status)});
                    });
                }
            })
            .catch(function () {
                update(item.key, {status: 'pending'});
            });
    }

    function reasons(html, status) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var texts = Array.prototype.map.call(doc.querySelectorAll('#form-errors div, .invalid-feedback, main h1 + p'),
            function (el) { return el.textContent.trim(); }).filter(function (t) { return t; });
        return texts.length ? texts.join('；') : '服务器未接受（' + status + '）';
    }

    function flush() {
        if (sending || !navigator.onLine) {
            return;
        }
        var waiting = mine().filter(function (item) { return item.status === 'pending' || item.status === 'sending'; });
        if (!waiting.length) {
            return;
        }
        sending = true;
        waiting.reduce(function (chain, item) {
            return chain.then(function () { return send(item); }).then(render);
        }, Promise.resolve()).then(function () { sending = false; });
    }

    // ---- the form: its own key, kept on the phone when it cannot be sent
    function prepare(form) {
        var key = form.querySelector('input[name="clientKey"]');
        if (key && !key.value) {
            key.value = newKey();
        }
        var params = new URLSearchParams(location.search);
        var again = params.get('outbox');
        var item = again && all().filter(function (i) { return i.key === again && i.user === user; })[0];
        if (item) {
            item.fields.forEach(function (f) {
                var input = form.elements.namedItem(f[0]);
                if (input && f[0] !== '_csrf' && input.type !== 'hidden') {
                    input.value = f[1];
                }
            });
            key.value = item.key;
            remove(item.key);
            render();
        }
    }

    function keep(form) {
        var fields = [];
        new FormData(form).forEach(function (value, name) {
            if (name !== '_csrf' && name !== 'clientKey' && typeof value === 'string') {
                fields.push([name, value]);
            }
        });
        var key = form.querySelector('input[name="clientKey"]').value || newKey();
        var type = form.querySelector('select[name="type"]');
        var label = [type && type.selectedIndex > 0 ? type.options[type.selectedIndex].text : '',
            (form.elements.namedItem('heldOn') || {}).value, (form.elements.namedItem('topic') || {}).value]
            .filter(function (t) { return t; }).join(' ');
        var items = all().filter(function (i) { return i.key !== key; });
        items.push({key: key, user: user, action: new URL(form.action, location.href).pathname, label: label,
            fields: fields, status: 'pending', savedAt: new Date().toISOString()});
        store(items);
        var status = form.querySelector('[data-outbox-status]');
        if (status) {
            status.textContent = '没有网络：这条记录已保存在手机上（待发送），有网络时自动发送。可以继续登记下一条。';
            status.hidden = false;
        }
        form.reset();
        form.querySelector('input[name="clientKey"]').value = newKey();
        render();
    }

    document.querySelectorAll('form[data-outbox]').forEach(prepare);
    // A form sent back with the server's messages (htmx swapped it in) gets a key of its own again.
    document.addEventListener('htmx:afterSettle', function () {
        document.querySelectorAll('form[data-outbox]').forEach(prepare);
    });
    document.addEventListener('htmx:sendError', function (event) {
        var form = event.detail.elt && event.detail.elt.closest ? event.detail.elt.closest('form[data-outbox]') : null;
        if (form) {
            keep(form);
        }
    });

    // Signing out leaves no kept pages behind on a shared phone (the outbox stays, for its owner only).
    document.querySelectorAll('form[action$="/logout"]').forEach(function (form) {
        form.addEventListener('submit', function () {
            if (window.caches) {
                caches.delete('jiceng-pages');
            }
        });
    });

    window.addEventListener('online', flush);
    window.addEventListener('storage', render);
    setInterval(flush, 30000);
    render();
    flush();

    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register('/sw.js', {scope: '/'}).then(function () {
            return navigator.serviceWorker.ready;
        }).then(function (registration) {
            var forms = Array.prototype.map.call(document.querySelectorAll('a[href*="/training/meetings/new"]'),
                function (a) { return a.href; });
            if (registration.active && forms.length) {
                registration.active.postMessage({keep: forms});
            }
        }).catch(function () {});
    }
})();
