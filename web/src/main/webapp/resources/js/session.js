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
    const schedule = () => {
        clearTimeout(warnTimer);
        clearTimeout(expireTimer);
        warning.hidden = true;
        warnTimer = setTimeout(() => {
            warning.hidden = false;
            warning.querySelector("button").focus();
        }, Math.max(lifetime - notice, 0));
        expireTimer = setTimeout(() => window.location.assign(warning.dataset.expired), lifetime);
    };
    warning.querySelector("button").addEventListener("click", () => {
        fetch(warning.dataset.keepAlive, { method: "HEAD", credentials: "same-origin" }).then(schedule);
    });
    schedule();
})();
