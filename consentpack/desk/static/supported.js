// Run first in <body>, as NHS.UK frontend's own inline snippet would be (the desk allows no inline script).
document.body.className += " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " nhsuk-frontend-supported" : "");
