// The definitive code's checklist, ticked as the person types. The server checks again and alone judges the rules
// this page cannot: the common list, the person's own data (the page knows none of it), zxcvbn and the current
// code. There is no composition rule to tick (ASVS 6.2.5), and nothing here blocks pasting or a password manager.
(() => {
    const box = document.getElementById("code-checklist");
    if (!box) {
        return;
    }
    const field = document.getElementById(box.dataset.codeField);
    const min = Number(box.dataset.minLength);
    const max = Number(box.dataset.maxLength);
    const rules = {
        // Characters as the person sees them: an emoji is one, as on the server (code points).
        LENGTH: (c) => [...c].length >= min && [...c].length <= max,
    };
    box.setAttribute("aria-live", "polite");
    const update = () => {
        box.querySelectorAll("[data-rule]").forEach((item) => {
            const check = rules[item.dataset.rule];
            if (check) {
                item.classList.toggle("rule-met", check(field.value));
            }
        });
    };
    field.addEventListener("input", update);
    update();
})();
