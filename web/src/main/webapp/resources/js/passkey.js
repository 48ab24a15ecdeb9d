// Passkeys (WebAuthn): a form that holds an empty hidden field marked data-passkey="create" or "get" asks the browser
// for a passkey when it is submitted, puts the browser's answer (JSON, base64url fields) in that field, then submits
// for real with the same button. The options come from the server in data-passkey-options; the server checks
// everything (challenge, origin, signature). data-passkey-unless names a text field that, once filled (a TOTP or
// recovery code typed instead), makes the passkey unnecessary. A refusal or a browser without passkeys shows
// data-passkey-error beside the field (data-passkey-status) and submits nothing.
(() => {
    const b64 = {
        decode: (text) => {
            const base = text.replace(/-/g, "+").replace(/_/g, "/");
            const bytes = atob(base + "===".slice((base.length + 3) % 4));
            return Uint8Array.from(bytes, (c) => c.charCodeAt(0)).buffer;
        },
        encode: (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
            .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""),
    };
    const descriptors = (list) => (list || []).map((d) => ({ ...d, id: b64.decode(d.id) }));

    // PublicKeyCredential as JSON (WebAuthn's RegistrationResponseJSON / AuthenticationResponseJSON).
    const answer = (credential, response) => ({
        id: credential.id,
        rawId: b64.encode(credential.rawId),
        type: credential.type,
        authenticatorAttachment: credential.authenticatorAttachment || undefined,
        clientExtensionResults: credential.getClientExtensionResults(),
        response: { clientDataJSON: b64.encode(credential.response.clientDataJSON), ...response },
    });

    const create = async (options) => {
        const credential = await navigator.credentials.create({ publicKey: {
            ...options,
            challenge: b64.decode(options.challenge),
            user: { ...options.user, id: b64.decode(options.user.id) },
            excludeCredentials: descriptors(options.excludeCredentials),
        } });
        return answer(credential, {
            attestationObject: b64.encode(credential.response.attestationObject),
            transports: credential.response.getTransports ? credential.response.getTransports() : [],
        });
    };

    const get = async (options) => {
        const credential = await navigator.credentials.get({ publicKey: {
            ...options,
            challenge: b64.decode(options.challenge),
            allowCredentials: descriptors(options.allowCredentials),
        } });
        const response = credential.response;
        return answer(credential, {
            authenticatorData: b64.encode(response.authenticatorData),
            signature: b64.encode(response.signature),
            userHandle: response.userHandle ? b64.encode(response.userHandle) : undefined,
        });
    };

    const needed = (form) => [...form.querySelectorAll("input[data-passkey]")].filter((field) => {
        const unless = field.dataset.passkeyUnless && document.getElementById(field.dataset.passkeyUnless);
        return field.value === "" && !(unless && unless.value.trim() !== "");
    });

    const fail = (field) => {
        const status = field.closest(".passkey-field").querySelector("[data-passkey-status]");
        if (status) {
            status.textContent = field.dataset.passkeyError;
        }
    };

    // A page drawn again after a refusal may carry the answer already used: each submission asks anew.
    document.addEventListener("DOMContentLoaded", () => {
        document.querySelectorAll("input[data-passkey]").forEach((field) => {
            field.value = "";
        });
    });

    document.addEventListener("submit", async (event) => {
        const form = event.target;
        const fields = needed(form);
        if (fields.length === 0) {
            return;
        }
        event.preventDefault();
        const submitter = event.submitter;
        for (const field of fields) {
            if (!window.PublicKeyCredential) {
                fail(field);
                return;
            }
            try {
                const options = JSON.parse(field.dataset.passkeyOptions);
                const answer = field.dataset.passkey === "create" ? await create(options) : await get(options);
                field.value = JSON.stringify(answer);
            } catch (refused) {
                fail(field);
                return;
            }
        }
        form.requestSubmit(submitter);
    });
})();
