// Renders the committed OpenAPI description (openapi.json) as plain HTML: no library, nothing from the network but
// that file, text only (never innerHTML with the file's content).
"use strict";
(function () {
    var SOURCE = "../web/src/main/resources/META-INF/openapi.json";
    var main = document.getElementById("api");
    var status = document.getElementById("status");

    function el(tag, text, cls) {
        var e = document.createElement(tag);
        if (text !== undefined && text !== null) { e.textContent = text; }
        if (cls) { e.className = cls; }
        return e;
    }

    function resolve(doc, ref) {
        return ref.replace(/^#\//, "").split("/").reduce(function (o, k) { return o && o[k]; }, doc);
    }

    function examples(doc, content, into) {
        Object.keys(content || {}).forEach(function (type) {
            var media = content[type];
            if (media.example !== undefined) {
                into.appendChild(el("p", type + " — exemple :"));
                into.appendChild(el("pre", JSON.stringify(media.example, null, 2)));
            }
            Object.keys(media.examples || {}).forEach(function (name) {
                into.appendChild(el("p", type + " — " + name + " :"));
                into.appendChild(el("pre", JSON.stringify(media.examples[name].value, null, 2)));
            });
        });
    }

    function operation(doc, path, method, op) {
        var box = el("details");
        var summary = el("summary");
        summary.appendChild(el("span", method.toUpperCase(), "method"));
        summary.appendChild(el("code", path));
        summary.appendChild(el("span", "— " + (op.summary || "")));
        box.appendChild(summary);
        var scopes = (op.security || []).map(function (s) { return (s.oauth2 || []).join(" "); }).join(", ");
        if (scopes) { box.appendChild(el("p", "Portée : " + scopes)); }
        if (op.parameters && op.parameters.length) {
            var table = el("table");
            table.appendChild(el("caption", "Paramètres"));
            var head = el("tr");
            ["nom", "où", "description", "exemple"].forEach(function (h) { head.appendChild(el("th", h)); });
            table.appendChild(head);
            op.parameters.forEach(function (p) {
                var row = el("tr");
                [p.name, p["in"], p.description, p.example === undefined ? "" : String(p.example)]
                    .forEach(function (c) { row.appendChild(el("td", c)); });
                table.appendChild(row);
            });
            box.appendChild(table);
        }
        if (op.requestBody) {
            box.appendChild(el("h4", "Corps"));
            examples(doc, op.requestBody.content, box);
        }
        box.appendChild(el("h4", "Réponses"));
        Object.keys(op.responses || {}).forEach(function (code) {
            var r = op.responses[code];
            if (r.$ref) { r = resolve(doc, r.$ref); }
            box.appendChild(el("p", code + " — " + (r.description || "")));
            examples(doc, r.content, box);
        });
        return box;
    }

    function render(doc) {
        status.textContent = doc.info.title + " — version " + doc.info.version;
        main.appendChild(el("p", doc.info.description));
        var byTag = {};
        Object.keys(doc.paths).forEach(function (path) {
            Object.keys(doc.paths[path]).forEach(function (method) {
                var op = doc.paths[path][method];
                var tag = (op.tags || ["autres"])[0];
                (byTag[tag] = byTag[tag] || []).push(operation(doc, path, method, op));
            });
        });
        Object.keys(byTag).forEach(function (tag) {
            main.appendChild(el("h2", tag));
            byTag[tag].forEach(function (box) { main.appendChild(box); });
        });
        var flows = doc.components.securitySchemes.oauth2;
        main.appendChild(el("h2", "Connexion (OAuth 2.0, PKCE S256)"));
        main.appendChild(el("p", flows.description));
        var code = flows.flows.authorizationCode;
        main.appendChild(el("p", "Autorisation : " + code.authorizationUrl + " — jetons : " + code.tokenUrl));
        var list = el("ul");
        Object.keys(code.scopes).forEach(function (s) { list.appendChild(el("li", s + " : " + code.scopes[s])); });
        main.appendChild(list);
    }

    fetch(SOURCE).then(function (r) {
        if (!r.ok) { throw new Error(r.status); }
        return r.json();
    }).then(render).catch(function (e) {
        status.textContent = "La description n'a pas pu être lue (" + e.message + ") : servez la copie du dépôt en HTTP.";
    });
}());
