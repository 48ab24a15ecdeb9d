// The definitive code's checklist, ticked as the person types. The server checks again (and alone knows the
// personal-data and guessability rules): this only helps.
(() => {
    const box = document.getElementById("code-checklist");
    if (!box) {
        return;
    }
    const field = document.getElementById(box.dataset.codeField);
    const rules = {
        LENGTH: (c) => [...c].length >= 8 && [...c].length <= 64,
        LOWER_CASE: (c) => /\p{Ll}/u.test(c),
        UPPER_CASE: (c) => /\p{Lu}/u.test(c),
        DIGIT_OR_SPECIAL: (c) => /[^\p{L}\s\p{Cc}]/u.test(c),
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
