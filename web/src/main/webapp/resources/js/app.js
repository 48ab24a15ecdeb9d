// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
    // After a refused form, the error summary takes the focus so that screen readers read it first; otherwise a
    // page whose one task is typing a code (the login's second step) puts the focus in that field.
    (document.querySelector("[data-focus-on-load]")
        ?? document.querySelector("form[data-focus-first] input:not([type=hidden])"))?.focus();

    // On narrow screens the main navigation folds behind a "Menu" button (keyboard and screen-reader friendly).
    document.querySelectorAll("[data-menu]").forEach((nav) => {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "button button-secondary menu-button";
        button.textContent = nav.dataset.menu;
        button.setAttribute("aria-expanded", "false");
        button.setAttribute("aria-controls", nav.id);
        button.addEventListener("click", () => {
            const open = button.getAttribute("aria-expanded") !== "true";
            button.setAttribute("aria-expanded", String(open));
            nav.classList.toggle("nav-open", open);
        });
        nav.classList.add("nav-foldable");
        nav.parentNode.insertBefore(button, nav);
    });

    // A field with a length limit shows how many characters are left (data-counter-text: "… {0} …").
    document.querySelectorAll("[data-counter-for]").forEach((counter) => {
        const field = document.getElementById(counter.dataset.counterFor);
        if (!field) {
            return;
        }
        const update = () => {
            counter.textContent = counter.dataset.counterText.replace("{0}",
                (field.maxLength - field.value.length).toLocaleString(document.documentElement.lang));
        };
        update();
        counter.hidden = false;
        field.addEventListener("input", update);
    });

    // A file field says which files were chosen, in the page's words (data-several: "{0} fichiers choisis").
    document.querySelectorAll("[data-file-chosen]").forEach((chosen) => {
        const input = chosen.parentNode.querySelector("input[type=file]");
        const none = chosen.textContent;
        input?.addEventListener("change", () => {
            const files = Array.from(input.files);
            chosen.textContent = files.length === 0 ? none : files.length === 1 ? files[0].name
                : chosen.dataset.several.replace("{0}", String(files.length));
        });
    });
});

// Installable web app: the service worker caches the static resources and shows a French page offline (sw.js).
// "Garder hors connexion" keeps a chosen document (data-garder) on this device; logging out forgets it.
(() => {
    if (!("serviceWorker" in navigator) || !("caches" in window)) {
        return;
    }
    navigator.serviceWorker.register("/sw.js").catch(() => {});
    const KEPT = "compte-assure-conserves";
    if (new URLSearchParams(location.search).get("info") === "deconnecte") {
        caches.delete(KEPT);
    }
    const fetchedOn = (iso) => {
        const when = new Date(iso);
        return when.toLocaleDateString("fr-FR") + " à " + when.toLocaleTimeString("fr-FR", {hour: "2-digit", minute: "2-digit"});
    };
    document.addEventListener("DOMContentLoaded", () => {
        document.querySelectorAll("a[data-garder]").forEach((link) => {
            const button = document.createElement("button");
            button.type = "button";
            button.className = "button button-tertiary";
            button.textContent = link.dataset.garder;
            const status = document.createElement("span");
            status.setAttribute("role", "status");
            const show = (response) => {
                status.textContent = response ? " " + link.dataset.garde.replace("{0}",
                    fetchedOn(response.headers.get("X-Conserve-Le"))) : "";
            };
            caches.open(KEPT).then((cache) => cache.match(link.href)).then(show);
            button.addEventListener("click", async () => {
                const response = await fetch(link.href, {credentials: "same-origin"});
                if (!response.ok) {
                    return;
                }
                const kept = new Response(await response.blob(), {headers: {"Content-Type": "application/pdf",
                    "X-Conserve-Le": new Date().toISOString(), "X-Titre": link.textContent.trim()}});
                const cache = await caches.open(KEPT);
                await cache.put(link.href, kept.clone());
                show(kept);
            });
            link.parentNode.append(" ", button, status);
        });
    });
})();
