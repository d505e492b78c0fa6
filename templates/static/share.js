// The Web Share button on the share sections. Without JavaScript (or the API) the channel links
// stay and the button stays hidden.
(function () {
  if (!navigator.share) return;
  document.querySelectorAll("button[data-share-url]").forEach(function (b) {
    b.hidden = false;
    b.addEventListener("click", function () {
      navigator.share({ title: b.dataset.shareTitle, url: b.dataset.shareUrl }).catch(function () {
        /* the person closed the share sheet */
      });
    });
  });
})();
