/* A page's live status region (its element with data-running: /admin/imports, /espace/mes-donnees): while the work
   runs, reloads it (progress bar and report) every 3 seconds. Without JavaScript the page shows the state at load
   time; reloading it shows the progress. */
(function () {
    'use strict';

    function schedule() {
        var region = document.querySelector('[data-running]');
        if (!region || region.getAttribute('data-running') !== 'true') {
            return;
        }
        window.setTimeout(function () {
            fetch(window.location.href, {credentials: 'same-origin'})
                .then(function (response) { return response.ok ? response.text() : null; })
                .then(function (html) {
                    var next = html && new DOMParser().parseFromString(html, 'text/html').getElementById(region.id);
                    if (next) {
                        region.innerHTML = next.innerHTML;
                        region.setAttribute('data-running', next.getAttribute('data-running'));
                        schedule();
                    }
                })
                .catch(function () { /* the next visit shows the state */ });
        }, 3000);
    }

    document.addEventListener('DOMContentLoaded', schedule);
}());
