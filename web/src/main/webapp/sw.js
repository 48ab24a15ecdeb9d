// Compte Assuré's service worker: the static resources from the cache, pages from the network (a French offline
// page when there is none), and the documents the person chose to keep ("Garder hors connexion") without network.
// Nothing personal is cached unless the person asks; logging out clears it (Clear-Site-Data, and the login page).
"use strict";
var STATIC = "compte-assure-statique-v1";
var KEPT = "compte-assure-conserves";
var OFFLINE = "/hors-ligne.html";
var PRECACHED = [OFFLINE, "/hors-ligne.js", "/jakarta.faces.resource/css/app.css", "/jakarta.faces.resource/js/app.js",
    "/icones/icone.svg", "/icones/icone-192.png", "/manifest.webmanifest"];

self.addEventListener("install", function (event) {
    event.waitUntil(caches.open(STATIC).then(function (cache) {
        return cache.addAll(PRECACHED);
    }).then(function () {
        return self.skipWaiting();
    }));
});

self.addEventListener("activate", function (event) {
    event.waitUntil(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (name) {
            return name !== STATIC && name !== KEPT;
        }).map(function (name) {
            return caches.delete(name);
        }));
    }).then(function () {
        return self.clients.claim();
    }));
});

// The offline page's own script and the manifest come from the cache too: offline, the network has none of them.
function isStatic(url) {
    return url.pathname.indexOf("/jakarta.faces.resource/") === 0 || url.pathname.indexOf("/icones/") === 0
        || PRECACHED.indexOf(url.pathname) >= 0;
}

self.addEventListener("fetch", function (event) {
    var request = event.request;
    var url = new URL(request.url);
    if (request.method !== "GET" || url.origin !== self.location.origin) {
        return;
    }
    if (isStatic(url)) {
        event.respondWith(caches.match(request).then(function (cached) {
            return cached || fetch(request).then(function (response) {
                if (response.ok) {
                    var copy = response.clone();
                    caches.open(STATIC).then(function (cache) { cache.put(request, copy); });
                }
                return response;
            });
        }));
        return;
    }
    if (request.mode === "navigate") {
        event.respondWith(fetch(request).catch(function () {
            return caches.open(KEPT).then(function (cache) {
                return cache.match(request, {ignoreSearch: false});
            }).then(function (kept) {
                return kept || caches.match(OFFLINE);
            });
        }));
    }
});

// The page asks to keep a document (its address) or to forget everything kept (at logout).
self.addEventListener("message", function (event) {
    var data = event.data || {};
    if (data.type === "oublier") {
        event.waitUntil(caches.delete(KEPT));
    }
});
