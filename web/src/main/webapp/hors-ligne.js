// The offline page lists the documents the person chose to keep on this device, with when they were fetched.
"use strict";
(function () {
    if (!("caches" in window)) {
        return;
    }
    caches.open("compte-assure-conserves").then(function (cache) {
        return cache.keys().then(function (requests) {
            return Promise.all(requests.map(function (request) {
                return cache.match(request).then(function (response) {
                    return {url: request.url, title: response.headers.get("X-Titre") || "Document",
                        fetched: response.headers.get("X-Conserve-Le")};
                });
            }));
        });
    }).then(function (kept) {
        var list = document.getElementById("conserves");
        kept.forEach(function (doc) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = doc.url;
            link.textContent = doc.title + " (PDF)";
            item.appendChild(link);
            var when = doc.fetched ? new Date(doc.fetched) : null;
            item.appendChild(document.createTextNode(when ? " — récupéré le " + when.toLocaleDateString("fr-FR")
                + " à " + when.toLocaleTimeString("fr-FR", {hour: "2-digit", minute: "2-digit"}) : ""));
            list.appendChild(item);
        });
        if (kept.length) {
            document.getElementById("conserves-vide").hidden = true;
        }
    });
}());
