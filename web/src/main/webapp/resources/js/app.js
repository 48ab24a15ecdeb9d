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
