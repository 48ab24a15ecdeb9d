// Two minutes before the idle timeout, offer to stay logged in; at the timeout, go to the login page, which says why.
(() => {
    const warning = document.getElementById("session-warning");
    if (!warning) {
        return;
    }
    const lifetime = Number(warning.dataset.sessionSeconds) * 1000;
    const notice = 120 * 1000;
    let warnTimer;
    let expireTimer;
    const warn = () => {
        warning.hidden = false;
        warning.querySelector("button").focus();
    };
    const schedule = () => {
        clearTimeout(warnTimer);
        clearTimeout(expireTimer);
        warning.hidden = true;
        warnTimer = setTimeout(warn, Math.max(lifetime - notice, 0));
        expireTimer = setTimeout(() => window.location.assign(warning.dataset.expired), lifetime);
    };
    warning.querySelector("button").addEventListener("click", () => {
        fetch(warning.dataset.keepAlive, { method: "HEAD", credentials: "same-origin" }).then(schedule);
    });
    // The warning on demand, as the timer shows it: the accessibility tests check it without waiting 28 minutes.
    warning.addEventListener("session-warning", warn);
    schedule();
})();
