// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
    // After a refused form, the error summary takes the focus so that screen readers read it first.
    document.querySelector("[data-focus-on-load]")?.focus();

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
});
