// The editorial pages: a preview of the chosen photo before it is uploaded. No inline scripts
// (the Content-Security-Policy forbids them); the preview is a data: URL, which img-src allows.
(function () {
  "use strict";
  document.querySelectorAll("input[type=file][data-preview]").forEach(function (input) {
    var image = document.getElementById(input.getAttribute("data-preview"));
    if (!image) {
      return;
    }
    var figure = image.closest("figure");
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (!file || !/^image\/(png|jpeg|gif|webp)$/.test(file.type)) {
        figure.hidden = true;
        image.removeAttribute("src");
        return;
      }
      var reader = new FileReader();
      reader.onload = function () {
        image.src = reader.result;
        image.alt = file.name;
        figure.hidden = false;
      };
      reader.readAsDataURL(file);
    });
  });
})();
