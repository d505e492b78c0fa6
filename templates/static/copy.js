// The "Copy" button beside each letter. Without JavaScript (or the clipboard API) the button stays
// hidden and the letter stays selectable text.
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
