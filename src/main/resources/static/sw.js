// Jiceng's service worker: the shell (versioned CSS, scripts, icons) and the pages a village secretary records on stay
// available without network. Pages are fetched from the network first and kept; when the network is gone, the kept
// copy answers. Nothing is ever sent from here: records made offline wait in the page's outbox (js/offline.js).
'use strict';

var PAGES = 'jiceng-pages';
var ASSETS = 'jiceng-assets';
// Pages worth keeping for use without network: the workbench, the meetings list and the meeting form.
var KEPT = [/^\/$/, /^\/training\/meetings$/, /^\/training\/meetings\/new$/];

self.addEventListener('install', function () {
    self.skipWaiting();
});

self.addEventListener('activate', function (event) {
    event.waitUntil(self.clients.claim());
});

function kept(url) {
    return url.origin === self.location.origin && KEPT.some(function (pattern) { return pattern.test(url.pathname); });
}

function keepPage(request, response) {
    // A page that ended on the sign-in form (session over) is not the page asked for.
    if (!response.ok || response.redirected || response.type !== 'basic') {
        return;
    }
    var copy = response.clone();
    caches.open(PAGES).then(function (cache) { cache.put(request, copy); });
}

// Versioned assets never change: the cache answers, the network only fills it. Other versions are dropped.
function asset(request) {
    return caches.open(ASSETS).then(function (cache) {
        return cache.match(request).then(function (hit) {
            return hit || fetch(request).then(function (response) {
                if (response.ok) {
                    cache.put(request, response.clone());
                    dropOtherVersions(cache, new URL(request.url).pathname.split('/')[2]);
                }
                return response;
            });
        });
    });
}

var currentVersion = null;

function dropOtherVersions(cache, version) {
    if (version === currentVersion) {
        return;
    }
    currentVersion = version;
    cache.keys().then(function (requests) {
        requests.forEach(function (old) {
            if (new URL(old.url).pathname.split('/')[2] !== version) {
                cache.delete(old);
            }
        });
    });
}

function page(request) {
    return fetch(request).then(function (response) {
        keepPage(request, response);
        return response;
    }).catch(function () {
        return caches.open(PAGES).then(function (cache) {
            return cache.match(request).then(function (hit) {
                return hit || cache.match(request, {ignoreSearch: true});
            });
        }).then(function (hit) {
            return hit || new Response('没有网络，此页尚未保存在手机上。请在有网络时打开一次。',
                {status: 503, headers: {'Content-Type': 'text/plain; charset=utf-8'}});
        });
    });
}

self.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET') {
        return;
    }
    var url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return;
    }
    if (url.pathname.indexOf('/v/') === 0) {
        event.respondWith(asset(request));
    } else if (request.mode === 'navigate' && kept(url)) {
        event.respondWith(page(request));
    }
});

// A page names the forms it links to (the meeting form of the secretary's branch): they are kept ahead of need.
self.addEventListener('message', function (event) {
    var data = event.data || {};
    if (!Array.isArray(data.keep)) {
        return;
    }
    data.keep.forEach(function (href) {
        var url = new URL(href, self.location.origin);
        if (!kept(url)) {
            return;
        }
        var request = new Request(url.href, {credentials: 'same-origin'});
        fetch(request).then(function (response) { keepPage(request, response); }).catch(function () {});
    });
});
