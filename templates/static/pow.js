// Solves the sign form's proof-of-work challenge (ALTCHA scheme) in the background, so the form
// can be sent once it is done. Runs only on petitions where staff turned the check on.
(function () {
  var field = document.getElementById("pow");
  var status = document.getElementById("pow-status");
  if (!field || !window.crypto || !window.crypto.subtle) return;
  var form = field.form;
  var button = form.querySelector("button[type=submit]");
  if (button) button.disabled = true;
  function hex(buf) {
    return Array.prototype.map.call(new Uint8Array(buf), function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }
  async function solve(c) {
    var enc = new TextEncoder();
    for (var n = 0; n <= c.maxnumber; n++) {
      var h = hex(await crypto.subtle.digest("SHA-256", enc.encode(c.salt + n)));
      if (h === c.challenge) return n;
    }
    return -1;
  }
  fetch(field.getAttribute("data-pow"), { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(async function (c) {
      var number = await solve(c);
      field.value = btoa(JSON.stringify({
        algorithm: c.algorithm, challenge: c.challenge, salt: c.salt, number: number, signature: c.signature
      }));
      if (status) status.textContent = "";
      if (button) button.disabled = false;
      form.setAttribute("data-pow-ready", "true");
    })
    .catch(function () {
      if (status) status.textContent = "";
      if (button) button.disabled = false;
    });
})();
