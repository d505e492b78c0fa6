// The letter page: "Change my details" takes along what was typed into the letters, and the
// "Copy" button beside each letter.

// The details form carries the letters as the server last saw them; a letter, subject, title or
// phone changed since then goes along too, so going back to the details loses nothing typed.
document.querySelectorAll("form.details-summary").forEach(function (back) {
  back.addEventListener("submit", function () {
    document.querySelectorAll("textarea[name^='body_'], select[name='subject'], select[name='prefix'], input[name='phone']").forEach(function (f) {
      if (f.form === back) return;
      var changed = f.tagName === "SELECT" ? !f.options[f.selectedIndex].defaultSelected : f.value !== f.defaultValue;
      if (!changed) return;
      var carried = back.querySelector("input[type=hidden][name='" + f.name + "']");
      if (!carried) {
        carried = document.createElement("input");
        carried.type = "hidden";
        carried.name = f.name;
        back.appendChild(carried);
      }
      carried.value = f.value;
    });
  });
});

// Without JavaScript (or the clipboard API) the Copy button stays hidden and the letter stays
// selectable text.
(function () {
  if (!navigator.clipboard) return;
  document.querySelectorAll("button[data-copy]").forEach(function (b) {
    var source = document.getElementById(b.dataset.copy);
    if (!source) return;
    var label = b.textContent;
    b.hidden = false;
    b.addEventListener("click", function () {
      navigator.clipboard.writeText(source.value || source.textContent).then(function () {
        b.textContent = b.dataset.done;
        setTimeout(function () { b.textContent = label; }, 2000);
      }, function () {
        /* no permission: the text can still be selected by hand */
      });
    });
  });
})();
